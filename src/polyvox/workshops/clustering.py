"""Suggested clusters of similar ideas: TF-IDF on stemmed words, agglomerative clustering per language.

Each text's words are lower-cased, stop words of its language removed (short lists shipped in
data/stopwords/), stemmed with the Snowball stemmer of its language (French, Dutch, English) and
stripped of accents; ideas are then grouped within each language by average-linkage agglomerative
clustering on cosine distances, cut at DISTANCE_THRESHOLD. Only groups of two or more are suggested.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

LANGUAGES = {"fr": "french", "nl": "dutch", "en": "english"}
DISTANCE_THRESHOLD = 0.8
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
STOPWORDS_DIR = Path(__file__).resolve().parent / "data" / "stopwords"


def suggest(ideas: list[tuple[int, str, str]], threshold: float = DISTANCE_THRESHOLD) -> list[list[int]]:
    """ideas: (id, text, language) -> groups of ids (two or more each), largest first."""
    by_language: dict[str, list[tuple[int, str]]] = {}
    for pk, text, language in ideas:
        by_language.setdefault(language if language in LANGUAGES else "fr", []).append((pk, text))
    groups: list[list[int]] = []
    for language, items in by_language.items():
        groups.extend(_cluster(items, language, threshold))
    groups.sort(key=lambda group: (-len(group), group[0]))
    return groups


def terms(text: str, language: str) -> list[str]:
    """The text's stemmed content words, accents removed."""
    stemmer = _stemmer(language)
    stop = stopwords(language)
    words = [w for w in WORD.findall(text.lower().replace("’", "'")) if w not in stop and len(w) > 1]
    return [_strip_accents(stem) for stem in stemmer.stemWords(words)]


def guess_language(text: str, default: str = "fr") -> str:
    """The language whose stop words appear most in the text (ties and no evidence: default)."""
    words = [w for w in WORD.findall(text.lower()) if len(w) > 1]
    scores = {code: sum(1 for w in words if w in stopwords(code)) for code in LANGUAGES}
    best = max(scores.values())
    if best == 0 or scores.get(default, 0) == best:
        return default
    return max(scores, key=scores.get)


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    path = STOPWORDS_DIR / f"{language}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _cluster(items: list[tuple[int, str]], language: str, threshold: float) -> list[list[int]]:
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    documents = [(pk, terms(text, language)) for pk, text in items]
    documents = [(pk, words) for pk, words in documents if words]
    if len(documents) < 2:
        return []
    vectorizer = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True)
    matrix = vectorizer.fit_transform([words for _pk, words in documents]).toarray()
    if np.all(matrix == 0):
        return []
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    ).fit_predict(matrix)
    grouped: dict[int, list[int]] = {}
    for (pk, _words), label in zip(documents, labels):
        grouped.setdefault(int(label), []).append(pk)
    return [sorted(group) for group in grouped.values() if len(group) > 1]


@lru_cache(maxsize=None)
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(LANGUAGES.get(language, "french"))


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")

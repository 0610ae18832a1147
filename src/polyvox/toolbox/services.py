"""Toolbox reading helpers: the glossary in A-Z order in the reader's language, the cases readers may see."""

from dataclasses import dataclass, field
from string import ascii_uppercase

from polyvox.core.text import search_key
from polyvox.toolbox.models import GlossaryTerm, MethodFamily, ParticipationLevel, PracticalCase

OTHER_LETTER = "#"


@dataclass
class GlossaryLetter:
    letter: str
    terms: list = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "letter-other" if self.letter == OTHER_LETTER else f"letter-{self.letter.lower()}"


def glossary_letters(terms=None) -> list[GlossaryLetter]:
    """Every letter A-Z (and '#' when needed) with its terms, sorted by the term in the active language.

    `term` reads the active language's version (with modeltranslation's fallback), so the order and
    the letters follow the reader's language: 'Devoir de suite' under D in French, 'Opvolgingsplicht'
    under O in Dutch.
    """
    terms = list(GlossaryTerm.objects.select_related("family") if terms is None else terms)
    terms.sort(key=lambda term: (sort_key(term.term), term.slug))
    letters = {letter: GlossaryLetter(letter) for letter in ascii_uppercase}
    for term in terms:
        letters.setdefault(initial(term.term), GlossaryLetter(initial(term.term))).terms.append(term)
    ordered = [letters[letter] for letter in ascii_uppercase]
    if OTHER_LETTER in letters:
        ordered.append(letters[OTHER_LETTER])
    return ordered


def sort_key(text: str) -> str:
    """Accent- and case-free, leading punctuation ignored: 'Écoute' sorts with 'ecoute'."""
    return search_key(text).lstrip("\"'«(¿¡ ")


def initial(text: str) -> str:
    key = sort_key(text)
    first = key[:1].upper()
    return first if first in ascii_uppercase else OTHER_LETTER


def visible_cases(family: MethodFamily):
    """The family's practical cases readers may see (an inventory initiative only once published)."""
    return PracticalCase.objects.visible().filter(family=family).select_related("initiative", "method")


def participation_ladder() -> list[tuple[str, str, str]]:
    """(value, label, IAP2 equivalent) for each rung, from information to co-decision."""
    return [(value, str(label), ParticipationLevel.iap2(value)) for value, label in ParticipationLevel.choices]

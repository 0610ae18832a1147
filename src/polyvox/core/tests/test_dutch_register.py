"""Issue 12 item 4: Dutch addresses the reader as “u” everywhere (budgets said “je”, panels “u”): no translation
in any Dutch catalogue uses je/jij/jouw."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2]
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)


def _msgstrs(path: Path):
    """(line number, text) of each msgstr of a catalogue, continuation lines joined; obsolete entries skipped."""
    entry, start, inside = [], 0, False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("msgstr"):
            if inside and entry:
                yield start, "".join(entry)
            inside, start, entry = True, number, [line.split('"', 1)[1].rsplit('"', 1)[0]]
        elif inside and line.startswith('"'):
            entry.append(line[1:-1])
        else:
            if inside and entry:
                yield start, "".join(entry)
            inside, entry = False, []
    if inside and entry:
        yield start, "".join(entry)


def test_dutch_uses_u_everywhere():
    catalogues = sorted(SRC.glob("*/locale/nl/LC_MESSAGES/django.po"))
    assert catalogues
    informal = [f"{path.relative_to(SRC)}:{line}: {text}" for path in catalogues for line, text in _msgstrs(path)
                if INFORMAL.search(text)]
    assert not informal, "\n".join(informal)

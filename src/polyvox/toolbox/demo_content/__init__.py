"""The toolbox's demo content, in French, Dutch and English, one module per section.

Each text is a `T(fr, nl, en)`: written for the public, Markdown where the field is Markdown.
"""


def T(fr: str, nl: str, en: str) -> dict[str, str]:  # noqa: N802 - reads like a constructor in the data
    return {"fr": fr.strip(), "nl": nl.strip(), "en": en.strip()}

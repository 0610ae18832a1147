"""The content loader: files in order with their slug from the name, the three languages, types, references;
every problem raises ContentError naming the file and the line."""

from datetime import date
from textwrap import dedent

import pytest

from polyvox.core import content
from polyvox.core.content import ContentError, Field, Kind

SCHEMA = {
    "order": Field("int"),
    "published": Field("date", required=False, nullable=True),
    "family": Field("str", required=False, nullable=True, choices=frozenset({"a", "b"})),
    "title": Field("text"),
    "body": Field("text", required=False),
    "place": Field("point", required=False, nullable=True),
    "tags": Field("list", required=False, default=list, item=Field("str")),
    "steps": Field("list", required=False, default=list, item=Field("map", schema={
        "date": Field("date"), "title": Field("text"),
    })),
}

GOOD = """\
order: 3
published: 2026-09-15
family: a
title:
  fr: Titre
  nl: Titel
  en: Title
body:
  fr: |
    Premier paragraphe.

    Second.
  nl: ''
  en: Body
place: [50.8, 4.35]
tags: [x, y]
steps:
- date: 2024-01-15
  title:
    fr: Étape
    nl: Stap
    en: Step
"""


def write(tmp_path, name, text):
    folder = tmp_path / "things"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(dedent(text), encoding="utf-8")
    return path


def kind(tmp_path):
    return Kind("things", tmp_path / "things", SCHEMA)


def error_of(tmp_path, text, name="010-thing.yaml") -> ContentError:
    path = write(tmp_path, name, text)
    with pytest.raises(ContentError) as raised:
        content.load(kind(tmp_path))
    assert raised.value.path == path
    assert str(raised.value).startswith(f"{path}:{raised.value.line}: ")
    return raised.value


def test_a_good_file_loads_with_its_slug_types_and_defaults(tmp_path):
    write(tmp_path, "020-second.yaml", GOOD)
    write(tmp_path, "010-first.yaml", "order: 1\ntitle: {fr: Un, nl: Een, en: One}\n")
    first, second = content.load(kind(tmp_path))
    assert (first.slug, second.slug) == ("first", "second")  # file-name order, number dropped
    assert first["published"] is None and first["tags"] == [] and first["body"] is None
    assert second["published"] == date(2026, 9, 15)
    assert second["body"] == {"fr": "Premier paragraphe.\n\nSecond.", "nl": "", "en": "Body"}
    assert second["place"] == (50.8, 4.35)
    assert second["steps"] == [{"date": date(2024, 1, 15), "title": {"fr": "Étape", "nl": "Stap", "en": "Step"}}]
    assert second.line("steps", 0, "title") == 20


def test_missing_language_names_the_line_of_the_text(tmp_path):
    error = error_of(tmp_path, GOOD.replace("  nl: Titel\n", ""))
    assert error.line == 5 and "title: missing language nl" in str(error)


def test_missing_language_in_a_nested_list(tmp_path):
    error = error_of(tmp_path, GOOD.replace("    en: Step\n", ""))
    assert error.line == 20 and "steps.0.title: missing language en" in str(error)


def test_bad_type_names_its_line(tmp_path):
    error = error_of(tmp_path, GOOD.replace("order: 3", "order: three"))
    assert error.line == 1 and "order: expected int" in str(error)
    error = error_of(tmp_path, GOOD.replace("  en: Body", "  en: [not, text]"))
    assert error.line == 14 and "body.en: expected text" in str(error)
    error = error_of(tmp_path, GOOD.replace("- date: 2024-01-15", "- date: 2024-13-45"))
    assert error.line == 18 and "not a date" in str(error)
    error = error_of(tmp_path, GOOD.replace("[50.8, 4.35]", "[50.8]"))
    assert error.line == 15 and "place: expected point" in str(error)


def test_unknown_choice_field_and_language(tmp_path):
    error = error_of(tmp_path, GOOD.replace("family: a", "family: z"))
    assert error.line == 3 and "'z' is not one of a, b" in str(error)
    error = error_of(tmp_path, GOOD + "colour: red\n")
    assert error.line == 23 and "unknown field 'colour'" in str(error)
    error = error_of(tmp_path, GOOD.replace("  en: Title\n", "  en: Title\n  de: Titel\n"))
    assert error.line == 8 and "unknown language 'de'" in str(error)


def test_missing_required_field(tmp_path):
    error = error_of(tmp_path, GOOD.replace("order: 3\n", ""))
    assert error.line == 1 and "missing field 'order'" in str(error)


def test_broken_yaml_names_the_line(tmp_path):
    error = error_of(tmp_path, GOOD.replace("  en: Body", "  en: 'Body"))
    assert error.line is not None and error.line >= 14 and "broken YAML" in str(error)
    error = error_of(tmp_path, GOOD.replace("tags: [x, y]", "tags: [x, y"))
    assert error.line is not None and error.line >= 16 and "broken YAML" in str(error)


def test_a_file_that_is_not_a_mapping(tmp_path):
    error = error_of(tmp_path, "- just\n- a list\n")
    assert error.line == 1 and "must hold a mapping" in str(error)


def test_not_utf8(tmp_path):
    path = tmp_path / "things"
    path.mkdir()
    (path / "010-latin.yaml").write_bytes("order: 1\ntitle: {fr: Été}\n".encode("latin-1"))
    with pytest.raises(ContentError, match="not UTF-8"):
        content.load(kind(tmp_path))


def test_duplicate_slug(tmp_path):
    write(tmp_path, "010-same.yaml", GOOD)
    error = error_of(tmp_path, GOOD, name="020-same.yaml")
    assert "slug 'same' already used by 010-same.yaml" in str(error)


def test_unknown_reference_names_the_line_of_the_value(tmp_path):
    write(tmp_path, "010-thing.yaml", GOOD)
    items = content.load(kind(tmp_path))
    content.known(items, "tags", {"x", "y"}, "tag", many=True)
    with pytest.raises(ContentError) as raised:
        content.known(items, "tags", {"x"}, "tag", many=True)
    assert raised.value.line == 16 and "tags: unknown tag 'y'" in str(raised.value)
    with pytest.raises(ContentError) as raised:
        content.known(items, "family", {"b"}, "family")
    assert raised.value.line == 3 and "family: unknown family 'a'" in str(raised.value)

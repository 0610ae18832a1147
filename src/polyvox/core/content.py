"""Content as data: the one loader of the YAML files that hold the demo's texts in French, Dutch and English.

Each item is one file, `<app>/data/content/<kind>/<NN>-<slug>.yaml`: the number only orders the items (the
order they are created in), the rest of the name is the item's slug. A translator edits the texts there:

    title:
      fr: Commissions délibératives
      nl: Overlegcommissies
      en: Deliberative committees
    body:
      fr: |
        Markdown, as many lines as needed...

An app declares a `Kind` (a folder and a schema: each field's type, whether it is required, its choices)
and calls `load(kind)`; every file is parsed and checked on load, and any problem (broken YAML, a missing
field or language, a wrong type, an unknown choice or reference) raises `ContentError`, whose message names
the file and the line. Core knows no app: the apps pass their schemas, choices and known references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field as dataclass_field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("fr", "nl", "en")
_NUMBERED = re.compile(r"^\d+-")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present: same result, faster
    """The safe loader, whose impossible dates (2024-13-45) are errors with their line, not a bare ValueError."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as error:
            raise yaml.constructor.ConstructorError(
                None, None, f"not a date: {node.value!r} ({error})", node.start_mark
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


class ContentError(ValueError):
    """A content file that cannot be used; `str()` reads `path:line: problem`."""

    def __init__(self, path: Path | str, line: int | None, problem: str):
        self.path, self.line, self.problem = Path(path), line, problem
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


@dataclass(frozen=True)
class Field:
    """One field of a schema. `type` is one of: str, int, float, bool, date, text (a mapping with the three
    languages, each a string: empty means "not translated yet"), list (of `item`), map (a nested `schema`),
    point (two numbers: latitude, longitude). A missing optional field takes `default`."""

    type: str
    required: bool = True
    default: Any = None
    choices: frozenset | None = None
    item: Field | None = None
    schema: dict[str, Field] | None = None
    nullable: bool = False


@dataclass
class Kind:
    name: str
    directory: Path
    schema: dict[str, Field]


@dataclass
class Item:
    """One loaded file: its slug (from the file name), its checked data, and where each value came from."""

    slug: str
    path: Path
    data: dict[str, Any]
    _node: Any = dataclass_field(repr=False, default=None)

    def __getitem__(self, key):
        return self.data[key]

    def get(self, key, default=None):
        return self.data.get(key, default)

    def line(self, *keys) -> int:
        """The line (1-based) of the value at `keys` (field names and list positions), or of the nearest
        enclosing value that exists."""
        return _line(self._node, keys)

    def error(self, problem: str, *keys) -> ContentError:
        return ContentError(self.path, self.line(*keys), problem)


def load(kind: Kind) -> list[Item]:
    """Every `*.yaml` file of the kind's folder, in file-name order, parsed and checked."""
    paths = sorted(Path(kind.directory).glob("*.yaml"))
    items = [load_file(path, kind) for path in paths]
    seen: dict[str, Item] = {}
    for item in items:
        if item.slug in seen:
            raise ContentError(item.path, 1, f"{kind.name}: slug {item.slug!r} already used by {seen[item.slug].path.name}")
        seen[item.slug] = item
    return items


def load_file(path: Path, kind: Kind) -> Item:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(path, None, f"not UTF-8 text ({error.reason})") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        raise ContentError(path, mark.line + 1 if mark else None, f"broken YAML: {problem}") from None
    except (yaml.YAMLError, ValueError) as error:
        raise ContentError(path, None, f"broken YAML: {error}") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ContentError(path, _line(node, ()) if node is not None else 1, f"{kind.name}: the file must hold a mapping of fields")
    slug = _NUMBERED.sub("", path.stem)
    checked = _check_mapping(data, kind.schema, node, (), path, kind.name)
    return Item(slug=slug, path=path, data=checked, _node=node)


def known(items, field: str, allowed, what: str, *, many: bool = False) -> None:
    """Check that each item's `field` (a slug, or a list of slugs when `many`) names one of `allowed`."""
    allowed = set(allowed)
    for item in items:
        value = item.get(field)
        values = value if many else [value]
        for position, slug in enumerate(values or ()):
            if slug is not None and slug not in allowed:
                keys = (field, position) if many else (field,)
                raise item.error(f"{field}: unknown {what} {slug!r}", *keys)


def _check_mapping(data, schema, node, keys, path, where) -> dict:
    unknown = sorted(set(data) - set(schema), key=str)
    if unknown:
        raise ContentError(path, _line(node, keys + (unknown[0],), key=True), f"{where}: unknown field {unknown[0]!r}")
    result = {}
    for name, spec in schema.items():
        if name not in data:
            if spec.required:
                raise ContentError(path, _line(node, keys), f"{where}: missing field {name!r}")
            result[name] = spec.default() if callable(spec.default) else spec.default
            continue
        result[name] = _check(data[name], spec, node, keys + (name,), path)
    return result


def _check(value, spec: Field, node, keys, path):
    label = ".".join(str(k) for k in keys)

    def fail(problem):
        return ContentError(path, _line(node, keys), f"{label}: {problem}")

    if value is None:
        if spec.nullable:
            return None
        raise fail(f"a value is required ({spec.type})")
    kind = spec.type
    if kind == "text":
        if not isinstance(value, dict):
            raise fail("expected the three languages fr, nl, en")
        missing = [lang for lang in LANGUAGES if lang not in value]
        if missing:
            raise fail(f"missing language {', '.join(missing)}")
        extra = sorted(set(value) - set(LANGUAGES), key=str)
        if extra:
            raise ContentError(path, _line(node, keys + (extra[0],), key=True), f"{label}: unknown language {extra[0]!r}")
        texts = {}
        for lang in LANGUAGES:
            if value[lang] is None:
                texts[lang] = ""
            elif not isinstance(value[lang], str):
                raise ContentError(path, _line(node, keys + (lang,)), f"{label}.{lang}: expected text")
            else:
                texts[lang] = value[lang].strip()
        return texts
    if kind == "str":
        ok = isinstance(value, str)
    elif kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "float":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "date":
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                raise fail(f"not a date (YYYY-MM-DD): {value!r}") from None
        ok = isinstance(value, date)
    elif kind == "point":
        ok = (
            isinstance(value, list) and len(value) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
        )
        if ok:
            value = (float(value[0]), float(value[1]))
    elif kind == "list":
        if not isinstance(value, list):
            raise fail("expected a list")
        return [_check(entry, spec.item, node, keys + (i,), path) for i, entry in enumerate(value)]
    elif kind == "map":
        if not isinstance(value, dict):
            raise fail("expected a mapping of fields")
        return _check_mapping(value, spec.schema, node, keys, path, label)
    else:  # pragma: no cover - a schema's own mistake
        raise ValueError(f"unknown field type {kind!r}")
    if not ok:
        raise fail(f"expected {kind}, got {type(value).__name__} {value!r}")
    if spec.choices is not None and value not in spec.choices:
        raise fail(f"{value!r} is not one of {', '.join(sorted(map(str, spec.choices)))}")
    return value


def _line(node, keys, key: bool = False) -> int:
    """1-based line of the node at `keys` (of the key itself when `key`), else of the deepest one found."""
    if node is None:
        return 1
    current = node
    for name in keys:
        child = None
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                if key_node.value == str(name):
                    child = key_node if (key and name == keys[-1]) else value_node
                    break
        elif isinstance(current, yaml.SequenceNode) and isinstance(name, int) and name < len(current.value):
            child = current.value[name]
        if child is None:
            break
        current = child
    return current.start_mark.line + 1

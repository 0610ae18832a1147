"""The toolbox's content files: every shipped file is read and checked, and the demo builds from them the
records the former Python literals built (counts and fields captured before the texts moved to files)."""

import datetime
import io

import pytest

from polyvox.core import content
from polyvox.toolbox import demo
from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily, PracticalCase,
)

SHIPPED = {
    "families": 7, "methods": 23, "framework": 4, "focus": 8, "resources": 12, "glossary": 42, "cases": 3,
    "inventory-cases": 8,
}


def test_every_shipped_file_is_read_and_checked():
    items = demo.read_content()
    assert {name: len(found) for name, found in items.items()} == SHIPPED
    for name, kind in demo.KINDS.items():
        files = sorted(path.name for path in kind.directory.iterdir())
        assert files == [item.path.name for item in items[name]], name  # nothing but the .yaml files
        for item in items[name]:
            for field, spec in kind.schema.items():
                if spec.type == "text":
                    assert all(item[field][lang] for lang in content.LANGUAGES), (item.path, field)


def test_a_broken_shipped_kind_names_the_file_and_line(tmp_path):
    folder = tmp_path / "methods"
    folder.mkdir()
    for item in content.load(demo.KINDS["methods"])[:2]:
        (folder / item.path.name).write_text(item.path.read_text(encoding="utf-8"), encoding="utf-8")
    broken = sorted(folder.iterdir())[1]
    broken.write_text(broken.read_text(encoding="utf-8").replace("  nl:", "  de:", 1), encoding="utf-8")
    kind = content.Kind("methods", folder, demo.KINDS["methods"].schema)
    with pytest.raises(content.ContentError, match=rf"^{broken}:\d+: name: missing language nl"):
        content.load(kind)


def test_an_unknown_family_reference_is_refused(monkeypatch, tmp_path):
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "010-term.yaml").write_text(
        "family: no-such-family\nterm: {fr: a, nl: b, en: c}\ndefinition: {fr: a, nl: b, en: c}\n", encoding="utf-8"
    )
    kinds = dict(demo.KINDS, glossary=content.Kind("glossary", folder, demo.KINDS["glossary"].schema))
    monkeypatch.setattr(demo, "KINDS", kinds)
    with pytest.raises(content.ContentError, match=r"010-term.yaml:1: family: unknown method family 'no-such-family'"):
        demo.read_content()


@pytest.mark.django_db
def test_the_demo_builds_the_records_the_literals_built():
    out = io.StringIO()
    demo.load(out, {})
    assert out.getvalue() == (
        "  toolbox: 7 families, 23 methods, 4 framework texts, 8 focus articles, 12 resources, 42 glossary terms"
    )
    assert PracticalCase.objects.count() == 3
    family = MethodFamily.objects.get(slug="urbanisme-participatif")
    assert (family.number, family.name_nl, family.participation_level) == (4, "Participatieve stedenbouw", "concertation")
    term = GlossaryTerm.objects.get(slug="leximin")
    assert term.term_nl == "LEXIMIN" and term.definition_en.startswith("A sortition algorithm under quotas")
    assert term.family.slug == "mini-publics-deliberatifs"
    assert list(FocusArticle.objects.order_by("pk").values_list("slug", "published"))[:2] == [
        ("cadrer-un-projet-participatif", datetime.date(2026, 9, 15)),
        ("art-de-la-mobilisation", datetime.date(2026, 9, 29)),
    ]
    assert list(ExternalResource.objects.order_by("pk").values_list("url", "language", "family__slug"))[:2] == [
        ("https://doi.org/10.1787/339306da-en", "en", "mini-publics-deliberatifs"),
        ("https://doi.org/10.1787/f765caf6-en", "en", None),
    ]
    assert list(FrameworkText.objects.order_by("order").values_list("slug", "title_en")) == [
        ("pourquoi-participer", "Why involve citizens?"),
        ("cadre-legal-bruxelles", "The legal framework of participation in Brussels"),
        ("principes-echelle-participation", "Principles and the participation ladder"),
        ("service-participation-centrale-marches", "The Participation Service and its framework contract"),
    ]
    case = PracticalCase.objects.get(slug="montreal-sprints-regionalisation-immigration")
    assert (case.order, case.method.slug, case.place_en) == (51, "prospective-collaborative", "Montréal (Quebec, Canada)")
    assert Method.objects.order_by("pk").first().slug == "panel-citoyen"

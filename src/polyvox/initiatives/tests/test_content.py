"""The inventory's content files: every shipped file is read and checked, broken ones are refused with file
and line, and the demo builds from them the records the former Python literals built (counts and fields
captured before the texts moved to files)."""

import datetime
import io

import pytest

from polyvox.core import content
from polyvox.initiatives import demo
from polyvox.initiatives.models import FollowUp, Initiative, Link, Step
from polyvox.organisations import demo as organisations_demo
from polyvox.places import demo as places_demo
from polyvox.toolbox import demo as toolbox_demo


def test_every_shipped_file_is_read_and_checked():
    items = demo.read_initiatives()
    assert len(items) == 38
    files = sorted(path.name for path in demo.INITIATIVE_KIND.directory.iterdir())
    assert files == [item.path.name for item in items]  # nothing but the .yaml files, in creation order
    assert items[0].slug == "commissions-deliberatives" and items[-1].slug == "atelier-quartier-nord-ville-de-bruxelles"
    for item in items:
        assert item["title"]["fr"] and set(item["title"]) == set(content.LANGUAGES), item.path
    vocabularies = demo.read_vocabularies()
    assert {name: len(found) for name, found in vocabularies.items()} == {"themes": 12, "actions": 10, "values": 8}
    for name, kind in demo.VOCABULARY_KINDS.items():
        assert sorted(path.name for path in kind.directory.iterdir()) == [item.path.name for item in vocabularies[name]]
        assert all(all(item["name"].values()) for item in vocabularies[name]), name
    # The toolbox's inventory cases cite initiatives of these files (its `link` skips any that is missing).
    cited = {case["initiative"] for case in content.load(toolbox_demo.KINDS["inventory-cases"])}
    assert cited <= {item.slug for item in items}


def copy_of(tmp_path, slug, change):
    folder = tmp_path / "initiatives"
    folder.mkdir()
    source = next(item.path for item in demo.read_initiatives() if item.slug == slug)
    target = folder / source.name
    target.write_text(change(source.read_text(encoding="utf-8")), encoding="utf-8")
    return content.Kind("initiatives", folder, demo.INITIATIVE_KIND.schema), target


@pytest.mark.parametrize(("change", "problem"), [
    (lambda text: text.replace("  en: Deliberative committees\n", "", 1), "title: missing language en"),
    (lambda text: text.replace("participants: 60", "participants: sixty"), "participants: expected int"),
    (lambda text: text.replace("status: ongoing", "status: paused"), "status: 'paused' is not one of"),
    (lambda text: text.replace("- date: 2020-07-15", "- date: 15/07/2020", 1), "steps.1.date: not a date"),
    (lambda text: text.replace("title:\n", "title: [\n", 1), "broken YAML"),
])
def test_a_malformed_file_is_refused_with_its_file_and_line(tmp_path, monkeypatch, change, problem):
    kind, path = copy_of(tmp_path, "commissions-deliberatives", change)
    monkeypatch.setattr(demo, "INITIATIVE_KIND", kind)
    with pytest.raises(content.ContentError) as raised:
        demo.read_initiatives()
    assert raised.value.path == path and raised.value.line and problem in str(raised.value)
    assert str(raised.value).startswith(f"{path}:{raised.value.line}: ")


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("mobilite]", "mobility]", "themes: unknown theme 'mobility'"),
    ("jury-citoyen]", "jury-populaire]", "methods: unknown method 'jury-populaire'"),
    ("organiser: ville-de-bruxelles", "organiser: ville-de-brussel", "organiser: unknown organisation"),
    ("municipality: '21004'", "municipality: '21099'", "municipality: unknown municipality (NIS code) '21099'"),
])
def test_an_unknown_reference_is_refused(tmp_path, monkeypatch, old, new, problem):
    kind, path = copy_of(tmp_path, "open-jury-bockstael", lambda text: text.replace(old, new))
    monkeypatch.setattr(demo, "INITIATIVE_KIND", kind)
    with pytest.raises(content.ContentError) as raised:
        demo.read_initiatives()
    assert str(raised.value).startswith(f"{path}:{raised.value.line}: {problem}")
    assert raised.value.line == next(n for n, line in enumerate(path.read_text().splitlines(), 1) if new in line)


@pytest.mark.django_db
def test_the_demo_builds_the_records_the_literals_built():
    out = io.StringIO()
    places_demo.load(out, {})
    organisations_demo.load(out, {})
    toolbox_demo.load(out, {})  # the method families and methods the initiatives name
    out = io.StringIO()
    demo.load(out, {})
    assert out.getvalue() == (
        "  initiatives: 38 (35 published), 12 themes, 10 participation actions, 8 democratic values"
    )
    assert (Step.objects.count(), FollowUp.objects.count(), Link.objects.count()) == (91, 24, 7)
    first = Initiative.objects.order_by("pk").first()
    assert (first.slug, first.title_nl, first.participants_count, first.municipality) == (
        "commissions-deliberatives", "Overlegcommissies", 60, None,
    )
    assert (first.latitude, first.longitude, first.status, first.start_date) == (
        50.8457, 4.3493, "ongoing", datetime.date(2024, 1, 15),
    )
    link = first.links.order_by("pk").first()
    assert (link.label_en, link.url) == ("democratie.brussels", "https://democratie.brussels")
    assert first.follow_ups.get().text_nl.startswith("Het vademecum voorziet voor elke commissie")

    bockstael = Initiative.objects.get(slug="open-jury-bockstael")
    assert bockstael.title_en == "Bockstael open jury: a citizens' panel for the redesign of Boulevard Emile Bockstael"
    assert (bockstael.end_date, bockstael.municipality.nis_code, bockstael.steps.count()) == (
        datetime.date(2023, 12, 7), "21004", 4,
    )
    assert list(bockstael.methods.order_by("slug").values_list("slug", flat=True)) == ["jury-citoyen", "panel-citoyen"]
    megafon = Initiative.objects.get(slug="megafon")
    assert list(megafon.steps.order_by("date").values_list("title_fr", "end_date", "description_en")) == [
        ("Enquête sur les quartiers", datetime.date(2021, 7, 31), "More than 1,300 replies."),
        ("Rencontres avec le collège dans les sept zones", datetime.date(2022, 3, 31), ""),
        ("Première assemblée citoyenne, Cureghem", None, ""),
        ("Assemblée et vote, Broeck-Moortebeek-Peterbos", datetime.date(2025, 2, 17), ""),
    ]
    returned = Initiative.objects.get(slug="atelier-quartier-nord-ville-de-bruxelles")
    assert (returned.publication_state, returned.is_example, returned.title_nl, returned.title_en) == (
        "returned", True, "", "",
    )
    assert returned.return_reason.startswith("Il manque la version néerlandaise du titre")
    assert (returned.latitude, returned.longitude) == (50.86, 4.3555)


@pytest.mark.django_db
def test_polyvox_demo_stops_on_a_broken_file_with_its_file_and_line(tmp_path, monkeypatch):
    from django.core.management import CommandError, call_command

    from polyvox.core.management.commands import demo as demo_command

    kind, path = copy_of(tmp_path, "megafon", lambda text: text.replace("  nl:", "  NL:", 1))
    monkeypatch.setattr(demo, "INITIATIVE_KIND", kind)
    monkeypatch.setattr(demo_command, "DEMO_MODULES", ["polyvox.places.demo", "polyvox.initiatives.demo"])
    with pytest.raises(CommandError, match=rf"^demo content: {path}:2: title: missing language nl"):
        call_command("demo", stdout=io.StringIO())
    assert not Initiative.objects.exists()

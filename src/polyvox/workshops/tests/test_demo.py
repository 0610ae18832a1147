"""The demo: one finished workshop per template, idempotent, attached to its initiative when it exists."""

from __future__ import annotations

import io

import pytest

from polyvox.workshops import demo, report
from polyvox.workshops.models import Workshop

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_and_every_report_renders(django_user_model):
    out = io.StringIO()
    demo.load(out, {})
    demo.load(out, {})
    demo.link(out, {})
    workshops = Workshop.objects.order_by("template")
    assert sorted(w.template for w in workshops) == ["124", "consent", "cps", "delphi"]
    assert all(w.status == "finished" for w in workshops)
    assert django_user_model.objects.filter(email="facilitator@polyvox.example").count() == 1
    cps = Workshop.objects.get(template="cps")
    dots = cps.activities.get(kind="dots")
    from polyvox.workshops.voting import tally

    rows = tally(dots)
    assert any(row.minority and "rumbler" in row.text for row in rows)
    consent = Workshop.objects.get(template="consent").decisions.get()
    assert consent.state == "consented" and "indépendants" in consent.final_text
    assert {o.status for o in consent.objections.all()} == {"met", "withdrawn"}
    delphi = Workshop.objects.get(template="delphi")
    assert [q.status for q in delphi.activities.get().questions.all()] == ["closed", "closed"]
    for workshop in workshops:
        assert report.pdf(workshop).startswith(b"%PDF")
        assert workshop.title in report.markdown(workshop)


def test_demo_attaches_workshops_to_the_seed_initiatives(db):
    import datetime as dt

    from polyvox.initiatives.models import Initiative
    from polyvox.organisations.models import Organisation
    from polyvox.workshops.attachments import workshop_reports

    organiser = Organisation.objects.create(name="Bruxelles Environnement", slug="bruxelles-environnement-test", kind="regional")
    common = {"summary": "s", "body": "b", "start_date": dt.date(2020, 1, 1), "governance_level": "regional",
              "participation_level": "concertation", "organiser": organiser}
    challenges = Initiative.objects.create(title="Défis", slug="defis-intelligence-collective-bruxelles-environnement", **common)
    strategy = Initiative.objects.create(title="Stratégie 2050", slug="strategie-bas-carbone-2050", **common)
    out = io.StringIO()
    demo.load(out, {})
    demo.link(out, {})
    assert Workshop.objects.filter(initiative=challenges).count() == 3
    assert Workshop.objects.get(initiative=strategy).template == "delphi"
    entries = workshop_reports(strategy, None)
    assert len(entries) == 1 and entries[0]["url"].endswith("/DEMDE9/record/")
    from django.test import Client

    page = Client().get(entries[0]["url"])
    assert page.status_code == 200 and "Stratégie bas carbone 2050" in page.content.decode()
    # The open-data API lists the attached records, without names.
    listing = Client().get("/api/workshops/").json()
    assert {w["code"] for w in listing} == {"DEMCP3", "DEMCN7", "DEMDE9", "DEMQ4A"}
    record = Client().get("/api/workshops/DEMDE9").json()
    rounds = record["activities"][0]["questions"][0]["rounds"]
    assert [r["round"] for r in rounds] == [1, 2, 3] and rounds[-1]["median"] == "38.5"
    consent = Client().get("/api/workshops/DEMCN7").json()
    decision = next(a["decision"] for a in consent["activities"] if "decision" in a)
    assert decision["state"] == "consented" and decision["objections"][0]["status"] == "met"
    assert "Jens" not in str(consent) and "Claire" not in str(consent)
    assert Client().get("/api/workshops/ZZZZZZ").status_code == 404

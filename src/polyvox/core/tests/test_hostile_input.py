"""Property: no hostile string posted to any form or JSON endpoint makes the site answer a 5xx.

The endpoints are found, not listed by hand: every address of the URL resolver (the admin apart) is
filled with the records of a small world (an initiative with its budget in voting and one under review, a
live workshop, a panel open for registration, a framework contract with a tender, news) and fetched as
the roles that use it; every <form> of every page is then posted, as the same role, with Hypothesis
choosing for each field a plausible value or a hostile one (NUL, 100,000 characters, control and
bidirectional characters, emoji, markup, numbers out of range) and hostile files; every operation of
the JSON API (its OpenAPI document) is called with hostile parameters. Each request runs in a savepoint
that is rolled back, so every example meets the same world. Runs on SQLite and, with DATABASE_URL, on
PostgreSQL (which refuses NUL and over-long values where SQLite stores them).

Two explicit examples put every kind of hostile string into fields of every form; POLYVOX_HOSTILE_EXAMPLES
(default 1) sets the number of generated ones. A second test fetches every page once with hostile query
parameters.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from types import SimpleNamespace
from urllib.parse import quote, urljoin, urlsplit

import pytest
from django.core import signing
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from polyvox.accounts.testing import sign_in

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES = int(os.environ.get("POLYVOX_HOSTILE_EXAMPLES", "1"))

# --- hostile values -------------------------------------------------------------------------------------

LONG = "x" * 100_000
HOSTILE_STRINGS = [
    "\x00", "a\x00b", LONG, "é" * 100_000, "\u202egnp.exe\u202c", "\u200f\u200e\u2066\u2069\u061c", "😀" * 300,
    "👩‍👩‍👧‍👦🏳️‍🌈", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}{% debug %}",
    "=cmd|' /C calc'!A0", "' OR 1=1 --", "../../../etc/passwd", "\r\n\t\x0b\x0c\x1b[31m\x7f", "\ud7ff\ufffe\uffff",
    "-1", "0", "²", "1e999999", "NaN", "-Infinity", "99999999999999999999999999999", "1.5", "٣", "2026-13-45",
    "", " ", "abc",
]
HOSTILE_ALPHABET = st.characters(codec="utf-8", categories=["Cc", "Cf", "So", "Sm", "Lo", "Zs", "Nd", "P"])
HOSTILE = st.one_of(
    st.sampled_from(HOSTILE_STRINGS),
    st.text(HOSTILE_ALPHABET, max_size=60),
    st.builds(lambda s, n: (s or "x") * n, st.text(HOSTILE_ALPHABET, min_size=1, max_size=3), st.integers(1000, 40_000)),
)
BENIGN = {"email": "someone@example.org", "number": "1", "date": "2026-03-01", "datetime-local": "2026-03-01T10:00",
          "url": "https://example.org/", "time": "10:00", "tel": "+32 2 000 00 00", "password": "polyvox-Pass-2026!"}
HOSTILE_FILES = [
    ("hostile.csv", b"a;b\n" + b"X" * 140_000 + b";1\n"),
    ("hostile.csv", "id;nom\n\x00;é\u202e😀\n".encode()),
    ("hostile.csv", b"\xff\xfe\x00bad encoding"),
    ("hostile.pdf", b"%PDF-1.4\n<script>alert(1)</script>\n"),
    ("hostile.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ("../../hostile.txt", b""),
]

# --- addresses: every URL pattern, filled with the world's records -------------------------------------

SKIPPED = {
    # Server-Sent Events: endless streams without input beyond the address (tested by their apps).
    "budgets:count-stream", "workshops:stream", "panels:progress", "consultations:stream", "petitions:count_stream",
}


def url_patterns():
    """(name, route, pattern) for every address of the site but the admin."""
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                if ns.startswith("admin:"):
                    continue
                walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
            elif isinstance(pattern, URLPattern):
                found.append((f"{namespace}{pattern.name or ''}", prefix + str(pattern.pattern), pattern))

    walk(get_resolver().url_patterns, "", "")
    return found


def kwargs_for(name: str, w) -> list[dict]:
    """The keyword arguments of an address for the world's records (a list: several records may fit)."""
    ws, budget, panel = w.workshop.code, w.budget, w.panel
    table = {
        "api:get_initiative": [{"initiative_id": w.initiative.pk}, {"initiative_id": w.draft.pk}],
        "api:get_family": [{"slug": "mini-publics"}],
        "api:provider": [{"slug": w.provider.organisation.slug}],
        "api:workshop_record": [{"code": ws}],
        "api:panel_draw": [{"panel_id": panel.pk}],
        "api:budget_detail": [{"budget_id": budget.pk}],
        "workshops_join:join": [{"code": ws}, {"code": w.consent.code}],
        "accounts:confirm": [{"token": "bad-token"}],
        "accounts:password_reset_confirm": [{"uidb64": "MQ", "token": "set-password"}],
        "initiatives:export": [{"fmt": f} for f in ("csv", "json", "geojson")],
        "initiatives:edit": [{"pk": w.draft.pk}, {"pk": w.initiative.pk}],
        "initiatives:submit": [{"pk": w.draft.pk}],
        "initiatives:publish": [{"pk": w.draft.pk}],
        "initiatives:send-back": [{"pk": w.draft.pk}],
        "initiatives:document": [{"pk": w.draft.pk, "document_pk": w.document.pk}],
        "initiatives:detail": [{"pk": w.initiative.pk, "slug": w.initiative.slug or "initiative"},
                               {"pk": w.draft.pk, "slug": w.draft.slug or "initiative"}],
        "toolbox:framework": [{"slug": "x"}], "toolbox:family": [{"slug": "mini-publics"}], "toolbox:focus": [{"slug": "x"}],
        "procurement:provider": [{"slug": w.provider.organisation.slug}],
        "procurement:provider_logo": [{"slug": w.provider.organisation.slug}],
        "procurement:provider_logo_upload": [{"slug": w.provider.organisation.slug}],
        "procurement:membership_detail": [{"pk": w.membership.pk}, {"pk": w.requested.pk}],
        "procurement:membership_protocol": [{"pk": w.membership.pk}],
        "procurement:need_detail": [{"pk": w.contract.need_record_id or 0}],
        "procurement:contract_detail": [{"pk": w.contract.pk}, {"pk": w.cascade.pk}],
        "procurement:contract_action": [{"pk": w.contract.pk, "action": "offer"}],
        "procurement:award_report": [{"pk": w.contract.pk}],
        "procurement:purchase_order": [{"pk": w.contract.pk}],
        "procurement:offer_document": [{"pk": w.offer.pk}],
        "pages:news_detail": [{"slug": w.news.slug}],
        "panels:create": [{"initiative_pk": w.initiative.pk}],
        "panels:move": [{"pk": panel.pk, "action": "close_registration"}],
        "panels:report_move": [{"pk": panel.pk, "action": a} for a in ("publish_report", "withdraw_report")],
        "panels:recommendation_edit": [{"pk": panel.pk, "recommendation_pk": w.recommendation.pk}],
        "panels:recommendation_delete": [{"pk": panel.pk, "recommendation_pk": w.recommendation.pk}],
        "budgets:create": [{"initiative_pk": w.initiative.pk}],
        "budgets:transition": [{"pk": budget.pk, "action": "close_vote"}],
        "budgets:edit-district": [{"pk": w.district_budget.pk, "district_pk": w.district.pk}],
        "budgets:delete-district": [{"pk": w.district_budget.pk, "district_pk": w.district.pk}],
        "budgets:project": [{"pk": p.pk} for p in w.projects],
        "budgets:review": [{"pk": w.submitted.pk}],
        "budgets:follow-up": [{"pk": w.projects[0].pk}],
        "budgets:picture": [{"pk": w.picture.pk}],
        "workshops:act": [{"code": ws, "action": "idea"}, {"code": w.consent.code, "action": "amendment"}],
        "workshops:run": [{"code": ws, "action": "open"}],
        "workshops:report": [{"code": ws, "fmt": f} for f in ("md", "csv", "pdf")],
        "consultations:create": [{"initiative_pk": w.initiative.pk}],
        "consultations:translate": [{"slug": w.consultation.slug, "number": 1}],
        "consultations:step": [{"slug": w.consultation.slug, "action": "close"}],
        "consultations:moderate": [{"slug": w.consultation.slug, "number": 1, "action": "hide"}],
        "questionnaires:answer": [{"token": w.code.token}, {"token": "bad-token"}],
        "questionnaires:step": [{"pk": w.questionnaire.pk, "name": "close"}],
        "followup:initiative": [{"initiative_pk": w.initiative.pk}],
        "followup:listen": [{"initiative_pk": w.initiative.pk}],
        "followup:manage": [{"initiative_pk": w.initiative.pk}],
        "followup:evaluation": [{"initiative_pk": w.initiative.pk}],
        "followup:evaluation-pdf": [{"initiative_pk": w.initiative.pk}],
        "followup:criteria": [{"initiative_pk": w.initiative.pk}, {"initiative_pk": w.coming.pk}],
        "followup:evaluation-questionnaires": [{"initiative_pk": w.initiative.pk}, {"initiative_pk": w.coming.pk}],
        "followup:evaluation-questionnaire-step": [{"initiative_pk": w.coming.pk,
                                                    "questionnaire_pk": w.evaluation_questionnaire.pk, "name": "open"}],
        "followup:evaluation-publication": [{"initiative_pk": w.initiative.pk, "name": "publish"}],
        "followup:commitment": [{"pk": w.commitment.pk}],
        "followup:manage-commitment": [{"pk": w.commitment.pk}],
        "followup:document": [{"pk": 0}],
        "followup:rate": [{"token": "bad-token", "pk": w.commitment.pk}],
        "followup:listen-confirm": [{"token": "bad-token"}],
        "followup:stop": [{"token": "bad-token"}],
        "events:module": [{"slug": w.module.slug}],
        "events:module_feed": [{"slug": w.module.slug}],
        "events:move": [{"pk": w.event.pk, "action": "cancel"}],
        "network:approve": [{"pk": w.profile.pk}],
        "network:group": [{"slug": w.group.slug}],
        "network:group_feed": [{"slug": w.group.slug, "token": "bad-token"}],
        "network:programme": [{"slug": w.programme.slug}],
        "network:session": [{"slug": w.programme.slug, "pk": w.training_session.pk}],
        "network:certificate": [{"pk": w.trainee.pk}],
        "newsletter:confirm": [{"token": "bad-token"}],
        "newsletter:unsubscribe": [{"token": "bad-token"}],
        "newsletter:archived": [{"pk": w.edition.pk}],
        "newsletter:edition": [{"pk": w.edition.pk}],
        "api:get_event": [{"event_id": w.event.pk}],
        "api:one_petition": [{"petition_id": w.petition.pk}],
        "procurement:membership_signed_protocol": [{"pk": w.membership.pk}],
        "petitions:sitting": [{"pk": w.sitting.pk}],
        "petitions:confirm": [{"token": "bad-token"}],
        "petitions:export": [{"pk": w.petition.pk, "fmt": f} for f in ("csv", "pdf")],
        "petitions:manage": [{"pk": w.petition.pk}, {"pk": w.heard_petition.pk}],
        "petitions:add_document": [{"pk": w.heard_petition.pk}],
        "petitions:remove_document": [{"pk": w.heard_petition.pk}],
        "petitions:document": [{"pk": 0}],
    }
    if name in table:
        return table[name]
    namespace = name.split(":", 1)[0]
    by_namespace = {"budgets": [{"pk": budget.pk}, {"pk": w.district_budget.pk}, {"pk": w.review_budget.pk}],
                    "panels": [{"pk": panel.pk}, {"pk": w.setup_panel.pk}], "workshops": [{"code": ws}, {"code": w.consent.code}],
                    "consultations": [{"slug": w.consultation.slug}], "questionnaires": [{"pk": w.questionnaire.pk}],
                    "events": [{"pk": w.event.pk}], "petitions": [{"pk": w.petition.pk}]}
    return by_namespace.get(namespace, [])


# Who uses which part of the site (every address is also fetched anonymously).
ROLES_BY_NAMESPACE = {
    "budgets": ["citizen", "editor"], "initiatives": ["editor", "staff"], "panels": ["editor"],
    "procurement": ["staff", "official", "provider"], "workshops": ["facilitator", "participant"],
    "workshops_join": ["participant"], "accounts": ["citizen"], "api": [], "core": [], "pages": [],
    "toolbox": [], "": [], "consultations": ["citizen", "editor"], "questionnaires": ["staff"],
    "followup": ["editor", "staff"], "events": ["citizen", "staff"], "network": ["citizen", "staff"],
    "newsletter": ["staff"], "petitions": ["citizen", "editor"],
}


def addresses(w) -> list[tuple[str, str]]:
    """(name, path) of every address filled in; fails on an address with arguments the table cannot fill."""
    result, unfilled = [], []
    with translation.override("en"):
        for name, route, _pattern in url_patterns():
            if name in SKIPPED:
                continue
            needs_args = "<" in route
            if not needs_args:
                if name and not name.endswith(":"):
                    try:
                        result.append((name, reverse(name)))
                    except Exception:  # noqa: BLE001 - a pattern without name or with a regex: use the route
                        result.append((name, "/" + route))
                continue
            if name == "public-media" or route.startswith("media/"):
                continue
            filled = kwargs_for(name, w)
            if not filled:
                unfilled.append(name)
            for kwargs in filled:
                result.append((name, reverse(name, kwargs=kwargs)))
    assert not unfilled, f"addresses the hostile-input test cannot fill (add them to kwargs_for): {unfilled}"
    return result


# --- forms on pages -------------------------------------------------------------------------------------


@dataclass
class Form:
    action: str
    method: str
    multipart: bool
    fields: list[dict] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)


class FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.current: Form | None = None
        self.select: dict | None = None
        self.textarea: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = Form(a.get("action") or "", (a.get("method") or "get").lower(),
                                "multipart" in (a.get("enctype") or ""))
            self.forms.append(self.current)
            return
        if self.current is None:
            return
        if tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "image", "button"):
                self.current.buttons.append((a["name"], a.get("value") or ""))
            elif kind in ("checkbox", "radio"):
                self.current.fields.append({"name": a["name"], "type": kind, "value": a.get("value", "on"),
                                            "checked": "checked" in a})
            else:
                self.current.fields.append({"name": a["name"], "type": kind, "value": a.get("value") or "",
                                            "accept": a.get("accept") or ""})
        elif tag == "button" and a.get("name") and (a.get("type") or "submit") == "submit":
            self.current.buttons.append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self.textarea = {"name": a["name"], "type": "textarea", "value": ""}
            self.current.fields.append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "type": "select", "options": [], "value": "", "multiple": "multiple" in a}
            self.current.fields.append(self.select)
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            self.select["options"].append(value)
            if "selected" in a or not self.select["value"]:
                self.select["value"] = value

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea["value"] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def forms_of(html: str) -> list[Form]:
    parser = FormParser()
    parser.feed(html)
    return parser.forms


# --- the world ------------------------------------------------------------------------------------------


def build_world():
    from polyvox.budgets import ballots
    from polyvox.budgets import services as budget_services
    from polyvox.budgets.models import Budget, District, ProjectPicture
    from polyvox.core.tests.factories import initiative as make_initiative
    from polyvox.initiatives.models import Document
    from polyvox.initiatives.tests import factories as f
    from polyvox.organisations.models import Organisation, Role, RoleAssignment
    from polyvox.pages.models import NewsItem
    from polyvox.panels import services as panel_services
    from polyvox.panels.models import Preset
    from polyvox.procurement import services as procurement_services
    from polyvox.procurement.models import FrameworkContract, Lot, LotHolding, Membership, Offer, Provider
    from polyvox.workshops import services as workshop_services

    from django.core.files.base import ContentFile

    w = SimpleNamespace()
    towns = f.municipalities()
    service = Organisation.objects.create(name="Service (test)", slug="service-test", kind="region")
    org = f.organisation("Commune d'Anderlecht (test)")
    w.staff = f.user("staff@hostile.test", staff=True)
    RoleAssignment.objects.create(user=w.staff, organisation=service, role=Role.STAFF)
    w.editor = f.user("editor@hostile.test", editor_of=org)
    w.citizen = f.user("citizen@hostile.test")
    w.initiative = make_initiative("Budget participatif (test)", organiser=org)
    w.draft = make_initiative("Brouillon (test)", organiser=org, state="draft")
    w.document = Document(initiative=w.draft, title="Note")
    w.document.file.save("note.pdf", ContentFile(b"%PDF-1.4 note"), save=True)
    w.news = NewsItem.objects.create(slug="nouvelle-test", title="Nouvelle", summary="Résumé", body="Texte",
                                     published=dt.date(2026, 1, 1))

    # Budgets: one in voting (projects, a picture, codes), one with districts in its call, one under review.
    def budget(title, **extra):
        b = Budget.objects.create(initiative=w.initiative, title_fr=title, title=title, amount=Decimal("30000"),
                                  vote_closes_at=timezone.now() + dt.timedelta(days=10), **extra)
        budget_services.move(b, "open_call", actor=w.editor)
        return b

    def project(b, title, cost):
        return budget_services.submit_project(b, w.citizen, {
            "title": title, "description": "Des plantes.", "category": "greenery", "cost_estimate": Decimal(cost),
            "latitude": 50.8247, "longitude": 4.2955})

    w.budget = budget("Budget en vote")
    w.projects = [project(w.budget, f"Projet {i}", c) for i, c in enumerate((12000, 9000, 6000))]
    w.picture = ProjectPicture(project=w.projects[0], alt="Terrain")
    w.picture.image.save("terrain.png", ContentFile(_png()), save=True)
    budget_services.move(w.budget, "close_call", actor=w.editor)
    for p in w.projects:
        budget_services.review_project(p, "accept", actor=w.editor)
    ballots.create_codes(w.budget, 5)
    budget_services.move(w.budget, "open_vote", actor=w.editor)
    w.district_budget = Budget.objects.create(initiative=w.initiative, title="Budget par quartier", amount=Decimal("1000"),
                                              eligibility="register")
    w.district = District.objects.create(budget=w.district_budget, name="Nord", amount=Decimal("500"))
    budget_services.move(w.district_budget, "open_call", actor=w.editor)
    w.review_budget = budget("Budget en revue")
    w.submitted = project(w.review_budget, "Projet à revoir", 5000)
    budget_services.move(w.review_budget, "close_call", actor=w.editor)
    w.projects.append(w.submitted)

    # A live workshop with a participant and its first activity open.
    facilitation = Organisation.objects.create(name="Facilitation (test)", slug="facilitation-test", kind="provider")
    w.facilitator = f.user("facilitator@hostile.test")
    RoleAssignment.objects.create(user=w.facilitator, organisation=facilitation, role=Role.FACILITATOR)
    w.workshop = workshop_services.create_workshop(w.facilitator, "cps", "Sirènes", "Comment réduire le bruit ?")
    workshop_services.open_activity(w.workshop.activities.first(), w.facilitator)
    w.workshop.refresh_from_db()
    w.participant = workshop_services.join(w.workshop, "Alice", "fr")
    # A consent decision taken as far as its amendments (objection and amendment forms).
    w.consent = workshop_services.create_workshop(w.facilitator, "consent", "Télétravail", "Un jour commun par semaine.")
    w.consent_participant = workshop_services.join(w.consent, "Bob", "nl")
    for kind in ("proposal", "clarifying", "reactions", "objections"):
        workshop_services.open_activity(w.consent.activities.get(kind=kind), w.facilitator)
    from polyvox.workshops import decisions

    objections = w.consent.activities.get(kind="objections")
    decisions.raise_objection(objections.decision, objections, w.consent_participant, "Pas pour tous",
                              "Les temps partiels ne viennent pas chaque jour.")
    workshop_services.open_activity(w.consent.activities.get(kind="amendments"), w.facilitator)
    w.consent.refresh_from_db()

    # A panel open for registration.
    panel_org = f.organisation("Parlement (test)", kind="parliament")
    RoleAssignment.objects.create(user=w.editor, organisation=panel_org, role=Role.EDITOR)
    panel_initiative = make_initiative("Commission (test)", organiser=panel_org)
    w.panel = panel_services.create_panel(panel_initiative, w.editor, "Panel", Preset.BLANK, 6)
    lines = ["id,last_name,first_name,street,postcode,municipality"]
    lines += [f"R{i},Nom{i},Prénom{i},Rue {i},1000,{t.name_fr}" for i, t in enumerate(list(towns.values()) * 2)]
    panel_services.upload_register(w.panel, w.editor, "registre.csv", ("\n".join(lines) + "\n").encode())
    panel_services.draw_invitations(w.panel, w.editor, 10, stratified=False, seed="graine", deadline=dt.date(2027, 3, 1))
    panel_services.move(w.panel, w.editor, "open_registration")
    w.panel.refresh_from_db()
    w.setup_panel = panel_services.create_panel(panel_initiative, w.editor, "Panel en préparation", Preset.BLANK, 6)
    # Its report, a draft with one recommendation (the organisers' report pages).
    from polyvox.panels import reports as panel_reports

    w.recommendation = panel_reports.add_recommendation(w.panel, w.editor, {"reference": "R1", "text_fr": "Des bancs"})

    # The framework contract: one lot, two providers, a member body with its official, a tender and a cascade.
    framework = FrameworkContract.objects.create(name="Centrale", start_date=dt.date(2024, 1, 1), ceiling=Decimal("4000000"))
    lot = Lot.objects.create(framework=framework, number=1, title="Lot 1", ceiling=Decimal("150000"), always_recompete=False)
    providers = []
    for rank in (1, 2):
        organisation = Organisation.objects.create(name=f"Provider {rank}", slug=f"provider-{rank}", kind="provider")
        provider = Provider.objects.create(organisation=organisation, description="Provider", languages="fr, nl")
        LotHolding.objects.create(lot=lot, provider=provider, rank=rank)
        user = f.user(f"provider{rank}@hostile.test")
        RoleAssignment.objects.create(user=user, organisation=organisation, role=Role.PROVIDER)
        providers.append((provider, user))
    w.provider, w.provider_user = providers[0]
    body = Organisation.objects.create(name="Commune membre", slug="commune-membre", kind="municipality")
    w.membership = Membership.objects.create(framework=framework, organisation=body, state="member", language="fr",
                                             signed_on=dt.date(2024, 3, 1), signatory_name="A. Bourgmestre")
    w.official = f.user("official@hostile.test", editor_of=body)
    other_body = Organisation.objects.create(name="CPAS", slug="cpas-test", kind="municipality")
    w.requested = procurement_services.request_membership(other_body, w.staff, need="Un panel")
    w.contract = procurement_services.record_need(body, lot, w.official, title="Panel", need="Facilitation",
                                                  amount=Decimal("45000"))
    procurement_services.draft_specification(w.contract, w.staff)
    procurement_services.set_criteria(w.contract, w.staff, [("Prix", "price", 40), ("Méthode", "quality", 60)])
    procurement_services.invite_offers(w.contract, w.staff, deadline=timezone.now() + dt.timedelta(days=7))
    w.offer = procurement_services.submit_offer(w.contract, w.provider, w.provider_user, price=Decimal("41000"),
                                                proposal="Notre méthode")
    w.cascade = procurement_services.record_need(body, lot, w.official, title="Petit", need="Petit besoin",
                                                 amount=Decimal("5000"))
    assert Offer.objects.exists()
    build_new_parts(w, org, service)
    return w


def build_new_parts(w, org, service):
    """A consultation with its statements, a questionnaire open with a code, a follow-up plan with a commitment, an
    event in its module, a working group and an agent's profile, a newsletter edition."""
    from polyvox.consultations.tests.conftest import make_consultation
    from polyvox.core.tests.factories import initiative as make_initiative
    from polyvox.core.workflow import SYSTEM, apply
    from polyvox.events.models import Module, ModuleKind
    from polyvox.events.tests.conftest import make_event
    from polyvox.followup import services as followup
    from polyvox.network.models import AgentProfile, WorkingGroup
    from polyvox.newsletter.models import Edition
    from polyvox.questionnaires import services as questionnaires

    w.consultation = make_consultation(w.initiative, w.editor)
    w.questionnaire = questionnaires.create_from_template("online-consultation", organisation=org)
    apply(w.questionnaire, "open", by=w.staff)
    w.code = questionnaires.issue_codes(w.questionnaire, 1)[0]
    w.plan = followup.open_plan(w.initiative, authority=org, kind="deliberative", report_date=dt.date(2025, 1, 15))
    w.commitment = followup.add_commitment(w.plan, {"fr": "Créer des pistes cyclables", "nl": "Fietspaden aanleggen",
                                                    "en": "Build cycle lanes"}, reference="R1")
    # A process that starts later: its evaluation criteria can still change (the criteria page shows its forms).
    w.coming = make_initiative("Panel à venir (test)", organiser=org, start=timezone.localdate() + dt.timedelta(days=90))
    w.coming_plan = followup.open_plan(w.coming, authority=org, kind="deliberative")
    from polyvox.followup import evaluation_steps

    evaluation_steps.add_criterion(w.coming_plan, "design_integrity", {"fr": "Une question claire",
                                                                       "nl": "Een duidelijke vraag"}, by=SYSTEM)
    w.evaluation_questionnaire = evaluation_steps.attach_questionnaire(w.coming_plan, "oecd-participants", by=SYSTEM)
    w.module = Module.objects.create(slug="inclusion", kind=ModuleKind.THEME, title="Inclusion", title_fr="Inclusion",
                                     title_nl="Inclusie", title_en="Inclusion")
    w.event = make_event(module=w.module, organiser=service)
    w.group = WorkingGroup.objects.create(slug="inclusion", title="Inclusion", title_fr="Inclusion", title_nl="Inclusie")
    w.profile = AgentProfile.objects.create(user=w.citizen, organisation=org, job_title="Agent")
    w.edition = Edition.objects.create(language="fr", subject="Lettre", created_by=w.staff)
    from polyvox.network.models import Cohort, Trainee, TrainingProgramme, TrainingSession

    w.programme = TrainingProgramme.objects.create(slug="ci-test", title="Intelligence collective", organisation=org)
    cohort = Cohort.objects.create(programme=w.programme, name="Cohorte 1")
    w.training_session = TrainingSession.objects.create(cohort=cohort, date=dt.date(2026, 3, 1))
    w.trainee = Trainee.objects.create(cohort=cohort, name="Jan Peeters", user=w.citizen)
    w.training_session.attendees.add(w.trainee)

    # A regional petition open for signatures, its office run by the editor, and an Anderlecht council sitting.
    from polyvox.initiatives.tests import factories as f
    from polyvox.organisations.models import Organisation, Role, RoleAssignment
    from polyvox.petitions.channels import install
    from polyvox.petitions.models import Channel
    from polyvox.petitions.tests.conftest import ANDERLECHT, make_open, sign_and_confirm, signer, sitting

    install(Channel)
    parliament = Organisation.objects.create(name="Parlement (pétitions, test)", slug="parlement-petitions-test",
                                             kind="parliament")
    RoleAssignment.objects.create(user=w.editor, organisation=parliament, role=Role.EDITOR)
    towns = f.municipalities()
    people = SimpleNamespace(channels={channel.kind: channel for channel in Channel.objects.all()}, author=w.citizen,
                             clerk=w.editor, council=w.editor, anderlecht=towns[ANDERLECHT])
    w.petition = make_open(people)
    w.sitting = sitting(people)
    w.heard_petition = make_open(people, title="Des bancs au parc", threshold=1)  # its answer's documents are uploaded
    sign_and_confirm(w.heard_petition, signer(people, 1))


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (30, 140, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def clients_for(w) -> dict[str, Client]:
    from polyvox.workshops import identity

    clients = {"anonymous": Client()}
    for role in ("citizen", "editor", "staff", "facilitator", "official"):
        clients[role] = Client()
        sign_in(clients[role], getattr(w, role))  # the second factor too, for staff and editors
    clients["provider"] = Client()
    sign_in(clients["provider"], w.provider_user)
    participant = Client()
    for workshop, person in ((w.workshop, w.participant), (w.consent, w.consent_participant)):
        signer = signing.get_cookie_signer(salt=identity.cookie_name(workshop) + identity.SALT)
        participant.cookies[identity.cookie_name(workshop)] = signer.sign(person.token)
    clients["participant"] = participant
    return clients


# --- requests, each in a savepoint rolled back --------------------------------------------------------


STATUSES: dict[int, int] = {}  # answers seen, printed with -s when POLYVOX_HOSTILE_VERBOSE is set


class Failures(list):
    def check(self, what: str, call):
        try:
            with transaction.atomic():
                response = call()
                transaction.set_rollback(True)
        except Exception as error:  # noqa: BLE001 - the test client re-raises a view's exception: a 500
            self.append(f"{what}: {type(error).__name__}: {str(error)[:300]}")
            return None
        STATUSES[response.status_code] = STATUSES.get(response.status_code, 0) + 1
        if os.environ.get("POLYVOX_HOSTILE_VERBOSE"):
            print(response.status_code, what[:160])
        if response.status_code >= 500:
            self.append(f"{what}: HTTP {response.status_code}")
        return response


def request(client: Client, method: str, path: str, data=None, **extra):
    saved = SimpleCookie()  # a sign-out or a language switch must not leak into the next request
    for key, morsel in client.cookies.items():
        saved[key] = morsel.value
    try:
        if method == "post":
            return client.post(path, data or {}, **extra)
        return client.get(path, data or {}, **extra)
    finally:
        client.cookies = saved


@pytest.fixture
def discovered(db):
    """The world, the clients and every form target found on the pages (once for all examples)."""
    world = build_world()
    clients = clients_for(world)
    failures = Failures()
    targets: dict[tuple, tuple] = {}
    pages = addresses(world)
    for name, path in pages:
        namespace = name.split(":", 1)[0] if ":" in name else ""
        for role in ["anonymous", *ROLES_BY_NAMESPACE.get(namespace, [])]:
            response = failures.check(f"GET {path} as {role}", lambda: request(clients[role], "get", path))
            if response is None or "text/html" not in response.get("Content-Type", ""):
                continue
            for form in forms_of(response.content.decode("utf-8", "replace")):
                action = urljoin(path, form.action or path)
                parts = urlsplit(action)
                if parts.netloc or not parts.path.startswith("/") or parts.path.startswith("/admin/"):
                    continue
                buttons = form.buttons or [None]
                for button in buttons:
                    key = (role, parts.path, form.method, tuple(sorted(f["name"] for f in form.fields)), button)
                    targets.setdefault(key, (role, action, form, button))
    return SimpleNamespace(world=world, clients=clients, pages=pages, targets=list(targets.values()), failures=failures,
                           api=_api_operations())


def field_value(spec: dict, hostile: str | None, index: int):
    """A field's value: `hostile` (None: a plausible one, so that the other fields' checks are reached)."""
    kind = spec["type"]
    if kind == "file":
        name, content = HOSTILE_FILES[index % len(HOSTILE_FILES)]
        if hostile is not None and index % 2:
            content = hostile.encode("utf-8", "surrogatepass")
        upload = io.BytesIO(content)
        upload.name = name
        return upload
    if hostile is not None:
        return hostile
    if kind in ("select", "checkbox", "radio"):
        return spec["value"]
    return spec.get("value") or BENIGN.get(kind, "Texte ordinaire")


# Explicit examples: every kind of hostile string lands in fields of every form (rotating), beside plausible
# values (False) so that forms get past their other fields; then all fields hostile at once.
KINDS = ["\x00", LONG, "\u202egnp.exe\u202c\u2066", "\r\n\t\x0b\x1b[31m\x7f\x01", "😀👩‍👩‍👧‍👦" * 40,
         '<script>alert(1)</script>"><img src=x>', "-1", "99999999999999999999999999999", "²", "abc", "1e999999"]


def test_hostile_input_never_answers_5xx(discovered):
    """Discovery's GETs already ran; then every page's query, every form and every API operation."""
    assert not discovered.failures, "5xx while fetching the pages:\n" + "\n".join(discovered.failures)
    assert len(discovered.targets) >= 60, f"too few forms found: {len(discovered.targets)}"
    failures = Failures()
    for i, (_name, path) in enumerate(discovered.pages):  # every page once, the kinds rotating
        value = KINDS[i % len(KINDS)]
        query = {"q": value, "page": value, "district": value, "lot": value, "state": value, "mode": value}
        failures.check(f"GET {path} with {_shown(query)}", lambda: request(discovered.clients["anonymous"], "get", path, query))
    assert not failures, f"{len(failures)} request(s) answered 5xx:\n" + "\n".join(failures[:40])
    blind_posts(discovered)
    post_forms_and_api(discovered)


def blind_posts(discovered):
    """Addresses no discovered form posts to (a later state's step, a script's call): one POST each, as the
    namespace's most trusted role, with every field name seen in that namespace's forms set to a hostile value."""
    posted = {urlsplit(action).path for _role, action, _form, _button in discovered.targets}
    names_by_namespace: dict[str, set] = {}
    for role, action, form, _button in discovered.targets:
        namespace = _namespace_of(action)
        names_by_namespace.setdefault(namespace, set()).update(f["name"] for f in form.fields)
    failures = Failures()
    for i, (name, path) in enumerate(discovered.pages):
        if path in posted:
            continue
        namespace = name.split(":", 1)[0] if ":" in name else ""
        role = (ROLES_BY_NAMESPACE.get(namespace) or ["anonymous"])[-1]
        value = KINDS[i % len(KINDS)]
        payload = {field_name: value for field_name in names_by_namespace.get(namespace, set()) - {"csrfmiddlewaretoken"}}
        payload.update({"text": value, "name": value, "pseudonym": value, "reason": value, "id": value})
        failures.check(f"POST {path} as {role} with {_shown(payload)}",
                       lambda: request(discovered.clients[role], "post", path, payload))
    assert not failures, f"{len(failures)} request(s) answered 5xx:\n" + "\n".join(failures[:40])


def _namespace_of(path: str) -> str:
    from django.urls import Resolver404, resolve

    try:
        with translation.override(path[1:3] if path[3:4] == "/" else "fr"):
            return resolve(urlsplit(path).path).namespace.split(":")[0]
    except Resolver404:
        return ""


def post_forms_and_api(discovered):
    @settings(max_examples=max(EXAMPLES, 1), deadline=None, derandomize=True, database=None,
              phases=[Phase.explicit, Phase.generate] if EXAMPLES else [Phase.explicit],
              suppress_health_check=list(HealthCheck))
    @example(values=KINDS, switches=[True, True, False])
    @example(values=KINDS[::-1], switches=[True])
    @given(values=st.lists(HOSTILE, min_size=1, max_size=12), switches=st.lists(st.booleans(), min_size=1, max_size=5))
    def property_(values, switches):
        failures = Failures()
        slot = iter(range(10**9))

        def pick():
            n = next(slot)
            return values[n % len(values)] if switches[n % len(switches)] else None

        for t, (role, action, form, button) in enumerate(discovered.targets):
            payload: dict = {}
            for spec in form.fields:
                if spec["name"] == "csrfmiddlewaretoken":
                    continue  # the test client does not check it; a hostile one would only hide the form's own checks
                if spec["type"] in ("checkbox", "radio") and not spec.get("checked") and switches[t % len(switches)]:
                    continue
                value = field_value(spec, pick(), t)
                if spec["type"] == "file":
                    payload[spec["name"]] = value
                else:
                    payload.setdefault(spec["name"], []).append(value)
            if button:
                payload[button[0]] = button[1]
            payload = {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in payload.items()}
            extra = {"HTTP_ACCEPT": "application/json"} if t % 2 else {}
            method = "post" if form.method == "post" else "get"
            failures.check(f"{method.upper()} {action} as {role} with {_shown(payload)}",
                           lambda: request(discovered.clients[role], method, action, payload, **extra))
        for path, params in discovered.api:
            query = {name: pick() or "1" for name in params}
            concrete = re.sub(r"\{[^}]+\}", lambda m: quote(pick() or "1", safe=""), path)
            failures.check(f"GET {concrete} with {_shown(query)}",
                           lambda: request(discovered.clients["anonymous"], "get", concrete, query))
        assert not failures, f"{len(failures)} request(s) answered 5xx:\n" + "\n".join(failures[:40])

    property_()


def _api_operations() -> list[tuple[str, list[str]]]:
    from polyvox.api import api

    schema = api.get_openapi_schema()
    operations = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            if method != "get":
                continue
            names = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]
            operations.append(("/api" + path if not path.startswith("/api") else path, names))
    return operations


def _shown(payload: dict) -> str:
    def short(value):
        if hasattr(value, "read"):
            return f"<file {getattr(value, 'name', '')}>"
        text = repr(value)
        return text if len(text) < 60 else f"{text[:40]}…({len(str(value))} chars)"

    return "{" + ", ".join(f"{k}: {short(v)}" for k, v in payload.items()) + "}"

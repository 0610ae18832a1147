"""Test data of the inventory's own tests (independent of the demo data)."""

from __future__ import annotations

import datetime
import itertools

from polyvox.initiatives.models import Initiative, PublicationState, Theme
from polyvox.organisations.models import Organisation, OrganisationKind, RoleAssignment
from polyvox.places.models import Municipality
from polyvox.toolbox.models import MethodFamily

_counter = itertools.count(1)
PASSWORD = "a-test-password-2026"


def municipalities() -> dict[str, Municipality]:
    from polyvox.places.services import load_municipalities

    if Municipality.objects.count() < 19:
        load_municipalities()
    return {m.nis_code: m for m in Municipality.objects.all()}


def family(number: int = 1, slug: str = "mini-publics", fr="Mini-publics délibératifs", nl="Deliberatieve mini-publics",
           en="Deliberative mini-publics") -> MethodFamily:
    obj, _ = MethodFamily.objects.update_or_create(
        slug=slug, defaults={"number": number, "name_fr": fr, "name_nl": nl, "name_en": en, "name": fr}
    )
    return obj


def theme(slug: str, fr: str, nl: str, en: str) -> Theme:
    obj, _ = Theme.objects.update_or_create(slug=slug, defaults={"name_fr": fr, "name_nl": nl, "name_en": en})
    return obj


def organisation(name: str = "Commune d'Anderlecht", kind: str = OrganisationKind.MUNICIPALITY) -> Organisation:
    obj, _ = Organisation.objects.get_or_create(name=name, defaults={"kind": kind})
    return obj


def user(email: str, *, language: str = "fr", staff: bool = False, editor_of: Organisation | None = None, name: str = ""):
    from django.contrib.auth import get_user_model

    person = get_user_model().objects.create_user(
        email=email, password=PASSWORD, preferred_language=language, is_staff=staff, display_name=name or email.split("@")[0],
        email_confirmed=True,
    )
    if editor_of is not None:
        RoleAssignment.objects.create(user=person, organisation=editor_of, role="editor")
    if staff:
        from polyvox.core.tests.factories import give_staff_role

        give_staff_role(person)
    return person


def initiative(*, organiser: Organisation | None = None, state: str = PublicationState.PUBLISHED, themes=(), **fields) -> Initiative:
    n = next(_counter)
    values = {
        "title_fr": f"Initiative numéro {n}",
        "title_nl": f"Initiatief nummer {n}",
        "title_en": f"Initiative number {n}",
        "summary_fr": "Résumé en français.",
        "summary_nl": "Samenvatting in het Nederlands.",
        "summary_en": "Summary in English.",
        "body_fr": "Description **en français**.",
        "body_nl": "Beschrijving **in het Nederlands**.",
        "body_en": "Description **in English**.",
        "start_date": datetime.date(2023, 3, 1),
        "status": "ongoing",
        "governance_level": "municipal",
        "participation_level": "consultation",
        "publication_state": state,
    }
    values.update(fields)
    for name in ("title", "summary", "body"):
        values.setdefault(name, values.get(f"{name}_fr") or values.get(f"{name}_nl") or values.get(f"{name}_en") or "")
    obj = Initiative.objects.create(organiser=organiser or organisation(), **values)
    if themes:
        obj.themes.set(themes)
    return obj

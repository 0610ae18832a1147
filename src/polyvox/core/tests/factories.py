"""Small records for the frame's tests (home, search, pages, accounts): not the demo data."""

from datetime import date

from polyvox.initiatives.models import Initiative
from polyvox.organisations.models import Organisation, OrganisationKind


def organisation(slug="commune-test", name="Commune de Test", kind=OrganisationKind.MUNICIPALITY):
    return Organisation.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})[0]


def initiative(title_fr, title_nl="", title_en="", state="published", status="ongoing", body_fr="", start=date(2024, 3, 1), **extra):
    return Initiative.objects.create(
        title_fr=title_fr, title_nl=title_nl or title_fr, title_en=title_en,
        summary_fr=extra.pop("summary_fr", f"Résumé de {title_fr}"), summary_nl=extra.pop("summary_nl", f"Samenvatting van {title_fr}"),
        body_fr=body_fr or "Texte.", body_nl="Tekst.",
        start_date=start, status=status, governance_level="regional", participation_level="consultation",
        organiser=extra.pop("organiser", None) or organisation(), publication_state=state, **extra,
    )


def give_staff_role(user):
    """The Service's staff role (what the back office and staff permissions answer to; is_staff grants nothing)."""
    from polyvox.organisations.models import RoleAssignment

    service = organisation("service-participation-test", "Service de la Participation (test)", OrganisationKind.REGIONAL_ADMINISTRATION)
    RoleAssignment.objects.get_or_create(user=user, organisation=service, role="staff")
    return user

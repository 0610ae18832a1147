"""Demo data of the framework contract (idempotent): the contract, its six lots, the providers the seed
lists for each (in its order, as rank) plus invented examples, one account per provider, and members,
meetings and subsequent contracts reproducing the seed's figures: 22 meetings, 10 protocols signed,
4 contracts launched, 6 in preparation, 1 cancelled, 5 at or under and 6 over 30,000 EUR."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from polyvox.organisations.models import Organisation, OrganisationKind, Role, RoleAssignment
from polyvox.procurement import services
from polyvox.procurement.demo_data import FRAMEWORK, HOLDINGS, LOT_SHORT, LOTS, PROVIDERS, SPECIFICATION_TEMPLATE
from polyvox.procurement.models import (
    FrameworkContract, Lot, LotHolding, Membership, Need, NeedsMeeting, Offer, Provider, SpecificationTemplate, SubsequentContract,
)
from polyvox.procurement.notifications import silenced

K = OrganisationKind
PROVIDER_DOMAIN = "providers.polyvox.example"

# Members (protocol signed): slug, name and kind when the organisations demo has not created them, language, signed on.
MEMBERS = [
    ("commune-anderlecht", "Commune d'Anderlecht", K.MUNICIPALITY, "fr", dt.date(2023, 3, 14)),
    ("ville-de-bruxelles", "Ville de Bruxelles", K.MUNICIPALITY, "fr", dt.date(2023, 4, 20)),
    ("bruxelles-environnement", "Bruxelles Environnement", K.REGIONAL_ADMINISTRATION, "fr", dt.date(2023, 5, 9)),
    ("commune-schaerbeek", "Commune de Schaerbeek", K.MUNICIPALITY, "fr", dt.date(2023, 9, 12)),
    ("commune-forest", "Commune de Forest", K.MUNICIPALITY, "fr", dt.date(2024, 1, 23)),
    ("bruxelles-mobilite", "Bruxelles Mobilité", K.REGIONAL_ADMINISTRATION, "nl", dt.date(2024, 3, 5)),
    ("urban-brussels", "urban.brussels", K.REGIONAL_ADMINISTRATION, "fr", dt.date(2024, 6, 18)),
    ("vgc", "Vlaamse Gemeenschapscommissie (VGC)", K.COMMUNITY_COMMISSION, "nl", dt.date(2024, 10, 1)),
    ("cocof", "Commission communautaire française (COCOF)", K.COMMUNITY_COMMISSION, "fr", dt.date(2025, 2, 11)),
    ("logement-molenbeekois", "Le Logement Molenbeekois (SISP)", K.SISP, "fr", dt.date(2025, 4, 29)),
]
SECOND_MEETING = ["commune-anderlecht", "ville-de-bruxelles", "bruxelles-environnement", "commune-schaerbeek", "urban-brussels", "vgc"]
# Bodies met that have not signed (yet): slug, name, kind, date, state of their membership request (None: no request).
OTHERS_MET = [
    ("parlement-bruxellois", "Parlement bruxellois", K.PARLIAMENT, dt.date(2024, 2, 7), "meeting_held"),
    ("cpas-saint-gilles", "CPAS de Saint-Gilles", K.CPAS, dt.date(2024, 11, 14), "meeting_held"),
    ("foyer-schaerbeekois", "Le Foyer Schaerbeekois (SISP)", K.SISP, dt.date(2025, 6, 3), "meeting_held"),
    ("cocom", "Commission communautaire commune (COCOM)", K.COMMUNITY_COMMISSION, dt.date(2025, 9, 16), None),
    ("commune-ixelles", "Commune d'Ixelles", K.MUNICIPALITY, dt.date(2025, 10, 21), None),
    ("commune-jette", "Commune de Jette", K.MUNICIPALITY, dt.date(2026, 1, 13), None),
]

# The 11 subsequent contracts: member, lot, title, amount excl. VAT, state to reach, recorded on, price offered by rank.
CONTRACTS = [
    ("commune-anderlecht", 1, "Accompagnement global d'un budget participatif de quartier", "120000", "launched", dt.date(2023, 5, 2), ["118500", "112000", "124000"]),
    ("ville-de-bruxelles", 3, "Animation d'un panel citoyen sur le réaménagement d'un boulevard", "85000", "ordered", dt.date(2023, 6, 12), ["84000", "79500", "88000"]),
    ("bruxelles-environnement", 4, "Campagne de communication d'un appel à idées sur la rénovation du bâti", "24500", "launched", dt.date(2023, 10, 3), ["24200"]),
    ("commune-schaerbeek", 6, "Évaluation d'un processus participatif et de son devoir de suite", "28000", "ordered", dt.date(2024, 2, 20), ["27600"]),
    ("commune-forest", 2, "Design d'un processus participatif pour un plan communal de mobilité", "45000", "tendering", dt.date(2026, 10, 6), ["44000", "41500"]),
    ("bruxelles-mobilite", 5, "Recrutement par tirage au sort des participants d'un panel", "18000", "cascade", dt.date(2026, 11, 2), []),
    ("urban-brussels", 3, "Ateliers de quartier autour d'un projet de réaménagement", "60000", "evaluation", dt.date(2026, 9, 8), ["58000", "55500", "61000"]),
    ("vgc", 4, "Communicatie rond een burgerbegroting", "22000", "specification", dt.date(2026, 10, 20), []),
    ("cocof", 2, "Conception d'une consultation sur la cohésion sociale", "55000", "need", dt.date(2026, 11, 10), []),
    ("logement-molenbeekois", 5, "Mobilisation des locataires pour la rénovation de logements sociaux", "35000", "awarded", dt.date(2025, 11, 4), ["34000", "32500", "36000"]),
    ("commune-anderlecht", 6, "Évaluation d'un conseil consultatif de quartier", "15000", "cancelled", dt.date(2024, 9, 17), []),
]


def load(out, options):
    framework = _framework()
    lots = _lots(framework)
    providers = _providers(lots)
    accounts = _provider_accounts(providers)
    _specification_template()
    staff = _staff()
    with silenced():
        members = _memberships(framework, staff)
        contracts = _contracts(framework, lots, members, staff)
    out.write(f"  framework contract: {len(lots)} lots, {len(providers)} providers, {len(members)} members, "
              f"{NeedsMeeting.objects.count()} needs meetings, {contracts} subsequent contracts")
    out.write("  provider accounts (the same password):")
    for email in accounts:
        out.write(f"    {email}")


def _framework():
    framework = FrameworkContract.objects.order_by("pk").first() or FrameworkContract(start_date=dt.date(2023, 1, 1), ceiling=Decimal("4000000"))
    for field, value in FRAMEWORK.items():
        setattr(framework, field, value)
    framework.name = FRAMEWORK["name_fr"]
    framework.duration_years = 4
    framework.ceiling = Decimal("4000000")
    framework.cascade_threshold = Decimal("30000")
    if not framework.start_date:
        framework.start_date = dt.date(2023, 1, 1)
    framework.save()
    return framework


def _lots(framework):
    lots = {}
    for number, ceiling, always, titles, descriptions in LOTS:
        lot, _created = Lot.objects.get_or_create(framework=framework, number=number, defaults={"title": titles[0], "ceiling": ceiling})
        lot.title, lot.title_fr, lot.title_nl, lot.title_en = titles[0], *titles
        lot.description, lot.description_fr, lot.description_nl, lot.description_en = descriptions[0], *descriptions
        lot.ceiling, lot.always_recompete, lot.max_providers = Decimal(ceiling), always, 6
        lot.save()
        lots[number] = lot
    return lots


def _providers(lots):
    providers = {}
    held = {slug: [n for n, slugs in HOLDINGS.items() if slug in slugs] for slug in PROVIDERS}
    for slug, (name, invented, _language, languages, tagline) in PROVIDERS.items():
        organisation, _created = Organisation.objects.get_or_create(slug=slug, defaults={"name": name, "kind": K.PROVIDER})
        organisation.name, organisation.kind, organisation.is_example = name, K.PROVIDER, invented
        organisation.save()
        provider, _created = Provider.objects.get_or_create(organisation=organisation)
        numbers = held[slug]
        texts = _provider_texts(name, invented, numbers, tagline, slug)
        for field, value in texts.items():
            setattr(provider, field, value)
        provider.description, provider.services = texts["description_fr"], texts["services_fr"]
        provider.languages = languages
        provider.contact_email = f"{slug}@{PROVIDER_DOMAIN}"
        if invented:
            provider.website = _example_website(slug)
        provider.save()
        providers[slug] = provider
    for number, slugs in HOLDINGS.items():
        lot = lots[number]
        lot.holdings.exclude(provider__organisation__slug__in=slugs).delete()
        lot.holdings.update(rank=models_rank_offset())
        for rank, slug in enumerate(slugs, start=1):
            LotHolding.objects.update_or_create(lot=lot, provider=providers[slug], defaults={"rank": rank})
    return providers


def models_rank_offset():
    """Temporary ranks while the holdings are re-ranked (ranks are unique per lot)."""
    from django.db.models import F

    return F("rank") + 100


#: What the seeds say about a provider beyond its lot (seed documents of the Service), per language.
SEED_DESCRIPTIONS = {
    "dreamocracy": {
        "fr": ("Dreamocracy forme régulièrement des agent·es publics à la facilitation : un atelier d'une demi-journée "
               "couvre les principes de base et offre un espace sûr pour s'exercer. Sous-traitant de Particitiz, "
               "Dreamocracy a conçu et animé en 2018-2019 une démarche interne de prospective collaborative pour la "
               "stratégie bas carbone 2050 de Bruxelles Environnement."),
        "nl": ("Dreamocracy leidt geregeld ambtenaren op in facilitatie: een workshop van een halve dag behandelt de "
               "basisprincipes en biedt een veilige ruimte om te oefenen. Als onderaannemer van Particitiz ontwierp en "
               "begeleidde Dreamocracy in 2018-2019 een interne, collaboratieve toekomstverkenning voor de "
               "koolstofarme strategie 2050 van Leefmilieu Brussel."),
        "en": ("Dreamocracy regularly trains civil servants in facilitation: a half-day workshop covers the basic "
               "principles and offers a safe space to practise. Subcontracted by Particitiz, Dreamocracy designed and "
               "led in 2018-2019 an internal collaborative forecasting approach for Brussels Environment's low-carbon "
               "strategy for 2050."),
    },
}

#: Invented providers get an address that is plainly not a real site.
def _example_website(slug: str) -> str:
    return f"https://{slug}.example.org"


def _provider_texts(name, invented, numbers, tagline, slug=""):
    lots_fr = ", ".join(str(n) for n in numbers)
    services = {code: "\n".join(f"- Lot {n} : {LOT_SHORT[n][i]}" if code == "fr" else f"- {'Perceel' if code == 'nl' else 'Lot'} {n}: {LOT_SHORT[n][i]}"
                                for n in numbers) for i, code in enumerate(("fr", "nl", "en"))}
    if invented:
        description = {
            "fr": f"{name} est un prestataire fictif des données de démonstration, ajouté pour que chaque lot puisse suivre la cascade et la remise en concurrence (lot {lots_fr}).",
            "nl": f"{name} is een fictieve dienstverlener in de demonstratiegegevens, toegevoegd zodat elk perceel de waterval en de herconcurrentie kan doorlopen (perceel {lots_fr}).",
            "en": f"{name} is an invented provider of the demonstration data, added so that every lot can run both the cascade and the re-competition (lot {lots_fr}).",
        }
    else:
        plural = len(numbers) > 1
        description = {
            "fr": f"{name} est prestataire de la centrale de marchés Participation pour {'les lots' if plural else 'le lot'} {lots_fr}.",
            "nl": f"{name} is dienstverlener van de opdrachtcentrale Participatie voor {'de percelen' if plural else 'perceel'} {lots_fr}.",
            "en": f"{name} is a provider of the Participation framework contract for {'lots' if plural else 'lot'} {lots_fr}.",
        }
        if slug in SEED_DESCRIPTIONS:
            description = {code: f"{text}\n\n{SEED_DESCRIPTIONS[slug][code]}" for code, text in description.items()}
        if tagline:
            description = {code: f"{text}\n\n« {tagline} »" if code == "fr" else f"{text}\n\n“{tagline}”" for code, text in description.items()}
    return {**{f"description_{c}": t for c, t in description.items()}, **{f"services_{c}": t for c, t in services.items()}}


def _provider_accounts(providers):
    from polyvox.accounts.models import User

    emails = []
    for slug, provider in providers.items():
        email = f"{slug}@{PROVIDER_DOMAIN}"
        user = User.objects.filter(email__iexact=email).first() or User(email=email)
        user.display_name = provider.name
        user.preferred_language = PROVIDERS[slug][2]
        user.is_active = True
        user.email_confirmed = True
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
        RoleAssignment.objects.get_or_create(user=user, organisation=provider.organisation, role=Role.PROVIDER)
        emails.append(email)
    return emails


def _specification_template():
    template = SpecificationTemplate.objects.filter(is_default=True).first() or SpecificationTemplate(is_default=True)
    for field, value in SPECIFICATION_TEMPLATE.items():
        setattr(template, field, value)
    template.name, template.body = SPECIFICATION_TEMPLATE["name_fr"], SPECIFICATION_TEMPLATE["body_fr"]
    template.save()


def _staff():
    from polyvox.accounts.models import User

    staff = User.objects.filter(email__iexact="staff@polyvox.example").first()
    if staff is None:
        staff = User.objects.create_user(email="staff@polyvox.example", password=settings.DEMO_PASSWORD, is_staff=True, is_superuser=True, email_confirmed=True)
    return staff


def _organisation(slug, name, kind):
    organisation, _created = Organisation.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})
    return organisation


def _memberships(framework, staff):
    members = {}
    for slug, name, kind, language, signed_on in MEMBERS:
        organisation = _organisation(slug, name, kind)
        membership = Membership.objects.filter(framework=framework, organisation=organisation).first()
        first_meeting = signed_on - dt.timedelta(days=35)
        if membership is None:
            membership = services.request_membership(organisation, staff, language=language, need="")
            Membership.objects.filter(pk=membership.pk).update(requested_at=_moment(first_meeting - dt.timedelta(days=10)))
            membership.refresh_from_db()
        _meeting(organisation, membership, first_meeting, staff)
        if slug in SECOND_MEETING:
            _meeting(organisation, membership, signed_on + dt.timedelta(days=60), staff)
        membership.refresh_from_db()
        if membership.state == Membership.State.MEETING_HELD:
            services.sign_membership(membership, staff, signed_on=signed_on, signatory_name=_signatory(organisation), signatory_function=_function(kind, language))
        members[slug] = organisation
    for slug, name, kind, date, state in OTHERS_MET:
        organisation = _organisation(slug, name, kind)
        membership = None
        if state:
            membership = Membership.objects.filter(framework=framework, organisation=organisation).first()
            if membership is None:
                membership = services.request_membership(organisation, staff, language="fr")
                Membership.objects.filter(pk=membership.pk).update(requested_at=_moment(date - dt.timedelta(days=12)))
        _meeting(organisation, membership, date, staff)
    return members


def _meeting(organisation, membership, date, staff):
    if NeedsMeeting.objects.filter(organisation=organisation, date=date).exists():
        return
    services.record_needs_meeting(organisation, staff, date=date, membership=membership,
                                  notes="Rencontre avec le Service de la Participation : besoins, lots à mobiliser, calendrier.")


def _signatory(organisation):
    return {"municipality": "Le Collège des bourgmestre et échevins", "sisp": "La direction générale"}.get(organisation.kind, "La direction générale")


def _function(kind, language):
    return "Bourgmestre" if kind == K.MUNICIPALITY else ("Leidend ambtenaar" if language == "nl" else "Fonctionnaire dirigeant")


def _contracts(framework, lots, members, staff):
    now = timezone.now()
    for slug, number, title, amount, target, recorded_on, prices in CONTRACTS:
        organisation = members[slug]
        if SubsequentContract.objects.filter(organisation=organisation, title=title).exists():
            continue
        contract = services.record_need(organisation, lots[number], staff, title=title, amount=Decimal(amount),
                                        need=f"{title}. Besoin discuté lors de la rencontre avec le Service de la Participation.")
        SubsequentContract.objects.filter(pk=contract.pk).update(created_at=_moment(recorded_on))
        Need.objects.filter(pk=contract.need_record_id).update(created_at=_moment(recorded_on))
        contract.refresh_from_db()
        _play(contract, target, recorded_on, prices, staff, now)
    return SubsequentContract.objects.filter(framework=framework).count()


def _play(contract, target, recorded_on, prices, staff, now):
    """Replay the workflow up to `target`, with dates in the past (deadlines in the future when still open)."""
    if target == "need":
        return
    services.draft_specification(contract, staff, note="Version co-rédigée lors de la rencontre")
    if contract.procedure == "recompetition":
        services.set_criteria(contract, staff, [("Prix", "price", 40), ("Qualité de la méthodologie", "quality", 40), ("Expérience de l'équipe", "quality", 20)])
    if target == "specification":
        return
    if target == "cancelled":
        services.start_cascade(contract, staff, now=_moment(recorded_on + dt.timedelta(days=14)))
        services.cancel(contract, staff, reason="Le projet a été reporté par le Collège ; le besoin sera réexaminé plus tard.")
        return
    if contract.procedure == "recompetition":
        _recompete(contract, target, recorded_on, prices, staff, now)
    else:
        _cascade(contract, target, recorded_on, prices, staff, now)
    if target in ("evaluation", "tendering", "cascade", "awarded"):
        return
    decided = min(recorded_on + dt.timedelta(days=70), timezone.localdate(now))
    services.validate(contract, staff, decision_body="Collège" if contract.organisation.kind == K.MUNICIPALITY else "Comité de direction",
                      decision_date=decided, decision_reference=f"DEC/{decided:%Y}/{contract.pk:03d}")
    services.issue_order(contract, staff, now=_moment(decided + dt.timedelta(days=7)))
    if target == "launched":
        services.launch(contract, staff, launched_on=decided + dt.timedelta(days=21))


def _recompete(contract, target, recorded_on, prices, staff, now):
    providers = contract.lot.ranked_providers()
    if target == "tendering":
        start, deadline = now - dt.timedelta(days=3), now + dt.timedelta(days=11)
    else:
        start = _moment(recorded_on + dt.timedelta(days=21))
        deadline = start + dt.timedelta(days=21)
    services.invite_offers(contract, staff, deadline=deadline, now=start)
    for provider, price in zip(providers, prices):
        services.submit_offer(contract, provider, None, price=Decimal(price), now=start + dt.timedelta(days=1 if target == "tendering" else 7),
                              proposal=f"Méthodologie proposée par {provider.name} : étapes, équipe, calendrier.")
    if target == "tendering":
        return
    services.open_offers(contract, staff, now=deadline)
    services.declare_no_conflict(contract, staff, "Je déclare n'avoir aucun conflit d'intérêts avec les soumissionnaires.")
    points = [Decimal(8), Decimal(7), Decimal(6)]
    for offer, value in zip(Offer.objects.filter(contract=contract).order_by("pk"), points):
        for criterion in contract.criteria.filter(kind="quality"):
            services.score_offer(offer, criterion, staff, value, now=deadline)
    if target == "evaluation":
        return
    best = services.ranking(contract, now=deadline)[0]["offer"]
    services.award(contract, staff, offer=best, now=deadline + dt.timedelta(days=5),
                   justification="Meilleur rapport qualité-prix selon les critères pondérés annoncés dans la demande d'offres.")


def _cascade(contract, target, recorded_on, prices, staff, now):
    if target == "cascade":
        start = now - dt.timedelta(days=2)
        services.start_cascade(contract, staff, now=start)
        first = services.current_cascade_invitation(contract)
        services.cascade_decline(contract, first.provider, None, reason="Équipe indisponible aux dates prévues.", now=start + dt.timedelta(days=1))
        return
    start = _moment(recorded_on + dt.timedelta(days=21))
    services.start_cascade(contract, staff, now=start)
    invitation = services.current_cascade_invitation(contract)
    services.cascade_accept(contract, invitation.provider, None, price=Decimal(prices[0]), now=start + dt.timedelta(days=2),
                            proposal=f"Proposition de {invitation.provider.name} : démarche, équipe et calendrier.")


def _moment(day):
    """10:00 Brussels time on that day."""
    if isinstance(day, dt.datetime):
        return day
    return timezone.make_aware(dt.datetime.combine(day, dt.time(10, 0)), timezone.get_default_timezone())

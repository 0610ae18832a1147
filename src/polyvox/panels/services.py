"""The use cases of a panel, one command each; the state changes go through the panels' workflow
(`panels/workflow.py`: permission, guards, row lock, change and audit entry in one transaction)."""

from __future__ import annotations

import secrets
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.transitions import Msg, record
from polyvox.core.workflow import SYSTEM, Refused, TransitionNotAllowed, apply
from polyvox.panels import presets, register_extract, selection
from polyvox.panels.models import (CODE_ALPHABET, Channel, FeatureValue, Invitation, LetterStyle, Panel, PanelState,
                                   Preset, ReplacementRecord, Volunteer, VolunteerStatus)
from polyvox.panels.retention import blank as _blank
from polyvox.panels.retention import purge_expired_personal_data  # noqa: F401 (a use case of this module)
from polyvox.panels.tasks import run_selection


def _msgid(label) -> str:
    """The English msgid of a lazy choice label (stored in the history, translated when shown)."""
    from django.utils import translation

    with translation.override("en"):
        return str(label)


class PanelError(Exception):
    """A step refused, with a message for the person who asked."""


def _move(obj, name: str, user, *, not_allowed: str = "", **data):
    """One move through the workflow; a refusal becomes a PanelError saying why (the table's refusal is said
    as `not_allowed` when given)."""
    try:
        return apply(obj, name, by=SYSTEM if user is None else user, **data)
    except Refused as error:  # a guard, or the permission
        raise PanelError(" ".join(error.reasons)) from None
    except TransitionNotAllowed as error:
        raise PanelError(not_allowed or str(error)) from None


# --- setup --------------------------------------------------------------------------------------------

@transaction.atomic
def create_panel(initiative, user, title: str, preset: str = Preset.BRUSSELS_COMMITTEE,
                 panel_size: int | None = None) -> Panel:
    size = panel_size or (45 if preset == Preset.BRUSSELS_COMMITTEE else 20)
    panel = Panel.objects.create(initiative=initiative, title=title, preset=preset, panel_size=size, created_by=user)
    presets.apply_preset(panel)
    record(panel, "create", actor=user, to_state=panel.state, message=Msg("%(preset)s", preset={"t": _msgid(
        Preset(panel.preset).label)}))
    return panel


def upload_register(panel: Panel, user, filename: str, data: bytes) -> int:
    """Store a register extract (replacing any earlier one); raises RegisterError, storing nothing, on a bad file."""
    if panel.state != PanelState.SETUP:
        raise PanelError(_("The register extract can only be replaced before the invitations are drawn."))
    rows = register_extract.parse_register(data)
    count = register_extract.store_register(panel, filename, rows)
    record(panel, "upload_register", actor=user,
           message=Msg("%(file)s: %(count)s residents", file=filename, count=count))
    return count


def draw_invitations(panel: Panel, user, count: int, stratified: bool, seed: str = "",
                     deadline: date | None = None) -> int:
    """Draw who receives a letter, each with a unique code; the draw's seed is recorded."""
    seed = seed.strip() or "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    drawn = min(count, panel.register_entries.count())
    how = "stratified by municipality" if stratified else "uniform draw"
    _move(panel, "draw_invitations", user, not_allowed=_("The invitations have already been drawn."),
          message=Msg("%(count)s invitations, %(how)s, seed “%(seed)s”", count=drawn, how={"t": how}, seed=seed),
          count=count, seed=seed, stratified=stratified, deadline=deadline)
    return panel.invitations.count()


def move(panel: Panel, user, action: str) -> None:
    """The plain moves of the lifecycle (open/close registration, end the panel)."""
    if action not in {"open_registration", "close_registration", "reopen_registration", "end"}:
        raise PanelError(_("Unknown action."))
    _move(panel, action, user)


def add_feature(panel: Panel, user, names: tuple[str, str, str], values) -> None:
    """An organiser-defined feature (with its values), only while setting up."""
    if panel.state != PanelState.SETUP:
        raise PanelError(_("Features can only be added while setting up."))
    presets.add_feature(panel, names, values)


# --- quotas -------------------------------------------------------------------------------------------

def _refuse_when_frozen(panel: Panel) -> None:
    if panel.is_frozen:
        raise PanelError(_("The quotas cannot change once the lottery is computed (discard it first if it is not "
                           "announced yet)."))


def update_quotas(panel: Panel, user, values: dict[int, tuple[float | None, int, int]]) -> None:
    """New population shares and (min, max) per value id; only before the lottery is computed."""
    _refuse_when_frozen(panel)
    with transaction.atomic():
        for value in FeatureValue.objects.filter(feature__panel=panel, pk__in=values):
            share, low, high = values[value.pk]
            if low > high:
                raise PanelError(_("%(value)s: the minimum is larger than the maximum.") % {"value": value})
            if high > panel.panel_size:
                raise PanelError(_("%(value)s: the maximum is larger than the number of seats.") % {"value": value})
            value.population_share, value.min_seats, value.max_seats = share, low, high
            value.save(update_fields=["population_share", "min_seats", "max_seats"])
        panel.feasibility = None
        panel.save(update_fields=["feasibility"])
        record(panel, "edit_quotas", actor=user)


def update_shares(panel: Panel, user, shares: dict[int, float | None]) -> None:
    """New population shares per value id (before proposing quotas from them)."""
    _refuse_when_frozen(panel)
    for value in FeatureValue.objects.filter(feature__panel=panel, pk__in=shares):
        value.population_share = shares[value.pk]
        value.save(update_fields=["population_share"])


def propose_quotas(panel: Panel, user) -> None:
    _refuse_when_frozen(panel)
    presets.propose_quotas(panel)
    panel.feasibility = None
    panel.save(update_fields=["feasibility"])
    record(panel, "propose_quotas", actor=user)


# --- registration by invitees --------------------------------------------------------------------------

def invitation_for(code: str, email: str = "") -> Invitation:
    """The invitation of a code typed by an invitee; a used code needs the e-mail given at registration."""
    invitation = Invitation.objects.select_related("panel").filter(code=register_extract.normalise_code(code)).first()
    if invitation is None:
        raise PanelError(_("This code is not valid. Check the code printed on your letter."))
    if invitation.panel.state == PanelState.INVITED:
        raise PanelError(_("Registration for this panel has not opened yet. Please try again in a few days."))
    if invitation.panel.state != PanelState.REGISTRATION_OPEN:
        raise PanelError(_("Registration for this panel is closed."))
    volunteer = getattr(invitation, "volunteer", None)
    if volunteer is not None and (not email or email.strip().lower() != volunteer.email.lower()):
        raise PanelError(_("This code has already been used. To see or correct your registration, enter the "
                           "e-mail address you gave when you registered."))
    return invitation


def save_registration(invitation: Invitation, features: dict[str, str], contact: dict, language: str) -> Volunteer:
    """Create or correct the invitee's registration (only while registration is open)."""
    panel = invitation.panel
    if panel.state != PanelState.REGISTRATION_OPEN:
        raise PanelError(_("Registration for this panel is closed."))
    with transaction.atomic():
        volunteer = Volunteer.objects.select_for_update().filter(invitation=invitation).first()
        created = volunteer is None
        if created:
            volunteer = Volunteer(panel=panel, invitation=invitation, pseudonym=_new_pseudonym(panel))
        volunteer.features = features
        for name in ("first_name", "last_name", "email", "phone", "needs"):
            setattr(volunteer, name, (contact.get(name) or "").strip())
        volunteer.email = volunteer.email.lower()
        volunteer.language = language if language in ("fr", "nl", "en") else "fr"
        volunteer.consent_at = volunteer.consent_at or timezone.now()
        volunteer.save()
        record(panel, "register" if created else "correct_registration", message=volunteer.pseudonym)
    return volunteer


def record_registration(panel: Panel, user, code: str, channel: str, features: dict[str, str], contact: dict,
                        language: str) -> Volunteer:
    """Staff record a registration made by telephone or on the paper reply slip, for an invitation of this panel;
    the registration says how it came in and who recorded it, and the audit trail says so too."""
    if channel not in (Channel.PHONE, Channel.PAPER):
        raise PanelError(_("Choose how the registration came in: by telephone or on the paper reply slip."))
    if panel.state != PanelState.REGISTRATION_OPEN:
        raise PanelError(_("Registration for this panel is closed."))
    invitation = Invitation.objects.filter(panel=panel, code=register_extract.normalise_code(code)).first()
    if invitation is None:
        raise PanelError(_("No invitation of this panel has this code. Check the code printed on the letter or "
                           "the reply slip."))
    if Volunteer.objects.filter(invitation=invitation).exists():
        raise PanelError(_("This code has already been used to register: nothing was recorded twice."))
    with transaction.atomic():
        volunteer = Volunteer(panel=panel, invitation=invitation, pseudonym=_new_pseudonym(panel), features=features,
                              channel=channel, recorded_by=user if getattr(user, "is_authenticated", False) else None)
        for name in ("first_name", "last_name", "email", "phone", "needs"):
            setattr(volunteer, name, (contact.get(name) or "").strip())
        volunteer.email = volunteer.email.lower()
        volunteer.language = language if language in ("fr", "nl", "en") else "fr"
        volunteer.consent_at = timezone.now()
        volunteer.save()
        record(panel, "register_by_phone" if channel == Channel.PHONE else "register_on_paper", actor=user,
               message=volunteer.pseudonym)
    return volunteer


def set_letter_routes(panel: Panel, user, letter_style: str, phone: str, reply_address: str) -> None:
    """The letter's version (standard or easy-to-read), its telephone number and the reply slip's return address."""
    if letter_style not in LetterStyle.values:
        raise PanelError(_("Choose the standard or the easy-to-read letter."))
    panel.letter_style, panel.phone, panel.reply_address = letter_style, phone.strip(), reply_address.strip()
    panel.save(update_fields=["letter_style", "phone", "reply_address"])
    record(panel, "set_letter", actor=user, message=Msg("%(style)s", style={"t": _msgid(LetterStyle(letter_style).label)}))


def channel_counts(panel: Panel) -> list[tuple[str, int]]:
    """How many registrations came in by each route (web, telephone, paper)."""
    from django.db.models import Count

    counts = dict(panel.volunteers.values_list("channel").annotate(n=Count("id")))
    return [(label, counts.get(value, 0)) for value, label in Channel.choices]


def accessibility_needs(panel: Panel) -> list[Volunteer]:
    """The volunteers who declared a need to take part (the members only, once the panel is drawn)."""
    volunteers = panel.volunteers.exclude(needs="").filter(personal_data_erased_at__isnull=True)
    if panel.is_drawn:
        volunteers = volunteers.filter(status=VolunteerStatus.SELECTED)
    else:
        volunteers = volunteers.exclude(status=VolunteerStatus.WITHDRAWN)
    return list(volunteers.order_by("pseudonym"))


def _new_pseudonym(panel: Panel) -> str:
    used = set(panel.volunteers.values_list("pseudonym", flat=True))
    while True:
        pseudonym = "V" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
        if pseudonym not in used:
            return pseudonym


# --- selection ---------------------------------------------------------------------------------------

def start_selection(panel: Panel, user, *, in_background: bool = True) -> None:
    """Check the quotas can be met, then compute the lottery as a background task (no seed: it comes later).
    The demo computes it at once (`in_background=False`), through the same steps."""
    if panel.state != PanelState.REGISTRATION_CLOSED:
        raise PanelError(_("Close the registration before computing the lottery."))
    report = selection.check_feasibility(panel)  # stored, so that the dashboard says which quotas conflict
    # Refused by the table now: someone started it a moment ago (double click, two organisers).
    _move(panel, "start_selection", user, not_allowed=_("The lottery is already being computed."), feasibility=report)
    if in_background:
        run_selection.enqueue(panel.pk)
    else:
        selection.run(panel.pk)


def discard_lottery(panel: Panel, user) -> None:
    """Before its announcement, the computed lottery may be thrown away (to change quotas or reopen registration)."""
    _move(panel, "discard_lottery", user, not_allowed=_("Only a lottery not yet announced can be discarded."))


def announce_draw(panel: Panel, user, source: str, available_at, confirm_warnings: bool = False, *,
                  announced_at=None) -> None:
    """Publish the lottery's digest, the seed's public source and the earliest time the seed can be known.

    The platform timestamps the announcement; from then on pool, quotas and lottery are frozen, and the draw
    waits for that time. When the draw is degenerate (warnings), the organiser must confirm having read them.
    (`announced_at`: the demo writes its past ceremony as made then.)"""
    source = (source or "").strip()
    if not source:
        raise PanelError(_("Say where the seed will come from, e.g. “the numbers of the Lotto draw of 20 December”."))
    if len(source) > 500:
        raise PanelError(_("The seed's source is limited to 500 characters."))
    kinds = ", ".join(sorted({w["kind"] for w in panel.draw_warnings or []}))
    # The seed's source is the organiser's own words: shown beside the history, not inside its translated line.
    values = {"digest": panel.lottery_digest,
              "time": {"datetime": available_at.isoformat()} if available_at else ""}
    message = (Msg("digest %(digest)s; seed known from %(time)s; warnings confirmed: %(kinds)s", kinds=kinds, **values)
               if kinds else Msg("digest %(digest)s; seed known from %(time)s", **values))
    _move(panel, "announce_draw", user, not_allowed=_("Compute the lottery before announcing the draw."),
          message=message, source=source, available_at=available_at, confirm_warnings=confirm_warnings,
          announced_at=announced_at or timezone.now())


def draw(panel: Panel, user, seed: str, *, notify: bool = True) -> dict:
    """The draw: the seed, once it exists, picks one of the announced lottery's panels; published at once,
    and the selected are told (unless `notify` is off: the demo's people are fictitious)."""
    from polyvox.panels import notifications

    seed = (seed or "").strip()
    if not seed:
        raise PanelError(_("Enter the seed, exactly as published by its source."))
    if len(seed) > 300:
        raise PanelError(_("The seed is limited to 300 characters."))
    # The panel the seed picks, for the history line (the workflow's guards check it is the announced lottery's).
    index = selection.apply_seed(panel, seed)["panel_index"] if panel.lottery_json else None
    _move(panel, "publish_selection", user, not_allowed=_("Announce the draw before entering the seed."),
          message=Msg("seed “%(seed)s”, panel %(index)s", seed=seed, index=index), seed=seed, now=timezone.now())
    published = panel.result_json
    chosen = set(published["panel"])
    members = list(panel.volunteers.filter(pseudonym__in=chosen))
    sent = notifications.notify_selected(members) if notify else 0
    return {"panel": published["panel"], "panel_index": panel.panel_index, "notified": sent,
            "min_probability": published["min_probability"]}


def replace_member(panel: Panel, user, pseudonym: str) -> ReplacementRecord:
    """A selected member withdraws: the replacement keeps every quota met, or the record says which cannot be."""
    from polyvox.panels import notifications

    if panel.state != PanelState.SELECTED:
        raise PanelError(_("Replacements are made after the draw, before the panel ends."))
    member = panel.volunteers.filter(pseudonym=pseudonym, status=VolunteerStatus.SELECTED).first()
    if member is None:
        raise PanelError(_("This person is not a member of the panel."))
    outcome = selection.find_replacement(panel, pseudonym)
    with transaction.atomic():
        if outcome.ok:
            new_id = outcome.replacements[pseudonym]
            _move(member, "withdraw", user, message=Msg("%(old)s is replaced by %(new)s; every quota stays met.",
                                                        old=pseudonym, new=new_id))
            newcomer = panel.volunteers.get(pseudonym=new_id)
            _move(newcomer, "select_replacement", user, message=Msg(
                "%(old)s is replaced by %(new)s; every quota stays met.", old=pseudonym, new=new_id))
            line = Msg("%(old)s is replaced by %(new)s; every quota stays met.", old=pseudonym, new=new_id)
            explanation = _(line.msgid) % line.params
        else:
            new_id, newcomer = "", None
            explanation = outcome.diagnosis.explain() if outcome.diagnosis else _("No replacement keeps every quota met.")
        entry = ReplacementRecord.objects.create(panel=panel, withdrawn=pseudonym, replacement=new_id, ok=outcome.ok,
                                                 explanation=explanation, actor=user)
        record(panel, "replace" if outcome.ok else "replacement_impossible", actor=user,
               message=line if outcome.ok else explanation[:500])
    if newcomer is not None:
        notifications.notify_selected([newcomer])
    return entry


# --- the volunteer's own data -------------------------------------------------------------------------------

def volunteer_by_code(code: str, email: str) -> Volunteer:
    """The registration of this code and e-mail (both must match), for the person's own data."""
    volunteer = Volunteer.objects.select_related("panel").filter(
        invitation__code=register_extract.normalise_code(code), email__iexact=(email or "").strip(),
        personal_data_erased_at__isnull=True).first()
    if volunteer is None or not email:
        raise PanelError(_("No registration matches this code and e-mail address."))
    return volunteer


def export_volunteer(volunteer: Volunteer) -> dict:
    panel = volunteer.panel
    labels = {f.key: (f.name, {v.key: v.label for v in f.values.all()}) for f in panel.ordered_features()}
    return {
        "panel": panel.title,
        "initiative": panel.initiative.title,
        "pseudonym": volunteer.pseudonym,
        "features": {labels.get(k, (k, {}))[0]: labels.get(k, (k, {}))[1].get(v, v) for k, v in volunteer.features.items()},
        "first_name": volunteer.first_name, "last_name": volunteer.last_name, "email": volunteer.email,
        "phone": volunteer.phone, "language": volunteer.language, "accessibility_needs": volunteer.needs,
        "consent_given_at": volunteer.consent_at.isoformat() if volunteer.consent_at else None,
        "registered_at": volunteer.registered_at.isoformat(),
        "status": volunteer.status,
        "selection_probability": volunteer.probability,
        "invitation_address": _address(volunteer),
        "personal_data_deleted_after": panel.purge_due_at.isoformat() if panel.purge_due_at else
        _("%(days)d days after the panel ends") % {"days": panel.retention_days},
    }


def erase_volunteer(volunteer: Volunteer) -> None:
    """The person deletes their data: before the draw they leave the pool; after it, their contact details
    go (a member who does so has withdrawn: the organisers can replace them from the result page)."""
    panel = volunteer.panel
    with transaction.atomic():
        if not panel.is_frozen:  # once the lottery exists, the pool it was computed from stays as it was
            record(panel, "volunteer_deleted_data", message=volunteer.pseudonym)
            volunteer.delete()
            return
        _blank(volunteer)
        volunteer.save()
        record(panel, "volunteer_deleted_data", message=volunteer.pseudonym)


def set_retention(panel: Panel, user, days: int) -> None:
    """How long personal data is kept after the end (1 to 3650 days; nothing left to keep once deleted)."""
    if not 1 <= days <= 3650 or panel.state == PanelState.PURGED:
        raise PanelError(_("Enter a number of days between 1 and 3650."))
    panel.retention_days = days
    panel.save(update_fields=["retention_days"])
    record(panel, "set_retention", actor=user, message=Msg("%(days)s days", days=days))


def _address(volunteer: Volunteer) -> dict | None:
    entry = volunteer.invitation.entry if volunteer.invitation_id and volunteer.invitation.entry_id else None
    if entry is None:
        return None
    return {"first_name": entry.first_name, "last_name": entry.last_name, "street": entry.street,
            "postcode": entry.postcode, "municipality": entry.municipality.name_fr}

"""What petitions bring to the rest of the site (declared in apps.py): the "Take part" items (requests open for
signatures), the site search's group, the main menu's entry, the open-data exports, and the signatories who asked
to hear back (for the follow-up tracker)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.opportunities import Opportunity, Section
from polyvox.core.registry import MenuEntry
from polyvox.core.search import Group, Hit, all_words_in, excerpt, language_versions, safe_url

SIGN = Section("petitions", gettext_lazy("Sign a petition, a suggestion or an interpellation"), order=50,
               intro=gettext_lazy("Requests to the Brussels Parliament or a municipal council, open for signatures."))


def items(request) -> list[Opportunity]:
    from polyvox.petitions.models import SIGNING_STATES, Petition

    found = []
    for petition in Petition.objects.filter(state__in=SIGNING_STATES).select_related("channel", "municipality").order_by("deadline"):
        if not petition.is_open:
            continue
        lines = [_("%(count)s of %(threshold)s signatures") % {"count": petition.signature_count, "threshold": petition.threshold}]
        if petition.deadline:
            lines.append(_("Signatures until %(date)s") % {"date": date_format(petition.deadline, "DATE_FORMAT")})
        found.append(Opportunity(SIGN, title=petition.title, title_lang=petition.original_language, url=petition.get_absolute_url(),
                                 action_url=petition.get_absolute_url() + "#sign-heading", action_label=_("Sign"),
                                 lines=[str(petition.channel.get_kind_display()), *lines], closes=petition.deadline,
                                 municipality_id=petition.municipality_id))
    return found


def group(words: list[str], raw: str) -> Group:
    from polyvox.petitions.models import PUBLIC_STATES, Petition

    found = Group("petitions", _("Petitions and interpellations"))
    for petition in Petition.objects.filter(state__in=PUBLIC_STATES).select_related("channel"):
        if all_words_in(words, language_versions(petition, Petition)):
            found.hits.append(Hit(petition.title, safe_url(petition), excerpt(petition.body),
                                  f"{petition.channel.get_kind_display()} · {petition.get_state_display()}"))
    found.count = len(found.hits)
    return found


def menu(request) -> list[MenuEntry]:
    return [MenuEntry(label=gettext_lazy("Petitions"), url=reverse("petitions:list"), key="petitions", order=45)]


def exports() -> list:
    return [
        {"name": gettext_lazy("Petitions, suggestions and interpellations"), "url": reverse("api:list_petitions"), "format": "JSON",
         "description": gettext_lazy("Every public request with its channel, status, signatures, threshold, deadline, "
                                     "municipality and texts in French, Dutch and English.")},
        {"name": gettext_lazy("Council sittings"), "url": reverse("petitions:sittings_ical"), "format": "iCal",
         "description": gettext_lazy("Council sittings with citizens' interpellations on their agenda.")},
    ]


def listeners(initiative) -> list[tuple]:
    """core.registry `listeners`: (e-mail, language, "signatory", day) of the valid signatures of the initiative's
    requests whose signer ticked "tell me what becomes of this process"; none once the signers' data is anonymised."""
    from polyvox.petitions.models import Signature, SignatureState

    rows = Signature.objects.filter(petition__initiative=initiative, hear_back=True, anonymised=False,
                                    state=SignatureState.VALID).exclude(email="").values_list(
        "email", "language", "confirmed_at", "created_at")
    return [(email, language, "signatory", timezone.localdate(confirmed or created))
            for email, language, confirmed, created in rows]

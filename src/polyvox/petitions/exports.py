"""The valid signatures for the official file: CSV (core.spreadsheet) and PDF (core.pdf)."""

from __future__ import annotations

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from polyvox.core import pdf, spreadsheet
from polyvox.petitions.models import SignatureState


def _rows(petition):
    return petition.signatures.filter(state=SignatureState.VALID).select_related("municipality").order_by("id")


def signatures_csv(petition) -> str:
    stream = io.StringIO()
    writer = spreadsheet.writer(stream)
    writer.writerow([_("number"), _("name"), _("date of birth"), _("municipality"), _("source"), _("confirmed at")])
    for signature in _rows(petition).iterator():
        writer.writerow([signature.pk, signature.full_name, signature.date_of_birth.isoformat() if signature.date_of_birth else "",
                         signature.municipality.name if signature.municipality else "", signature.get_source_display(),
                         timezone.localtime(signature.confirmed_at).strftime("%Y-%m-%d %H:%M") if signature.confirmed_at else ""])
    return stream.getvalue()


def signatures_pdf(petition, language: str) -> bytes:
    with override(language):
        document = pdf.Document(_("Valid signatures"), language)
        flow = document.title_block(_("Valid signatures"), f"#{petition.pk}")
        flow.append(document.facts([
            (_("Title"), petition.title), (_("Channel"), petition.channel.name),
            (_("Valid signatures"), pdf.number(petition.signature_count, language, decimals=0)),
            (_("Signatures needed"), pdf.number(petition.threshold, language, decimals=0)),
            (_("Exported at"), timezone.localtime().strftime("%d/%m/%Y %H:%M")),
        ]))
        rows = [[_("number"), _("name"), _("date of birth"), _("municipality"), _("source")]]
        for signature in _rows(petition).iterator():
            rows.append([pdf.Number(str(signature.pk)), signature.full_name,
                         signature.date_of_birth.strftime("%d/%m/%Y") if signature.date_of_birth else "",
                         signature.municipality.name if signature.municipality else "", signature.get_source_display()])
        flow.append(document.table(rows, [1, 3, 1.6, 2.2, 2]))
        return document.build(flow)

"""The generated PDF documents (reportlab): membership protocol, award report, purchase order.

Each is written in the language given (the member's), names the parties and the lot, and shows amounts
excl. VAT, VAT at 21 % and the total incl. VAT. The layout is the Service's (polyvox.core.pdf): its logo,
name and address on every page, tables inside the margins, signature blocks, and every figure written by
`layout.number` / `layout.money` in the document's language.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from polyvox.core import pdf as layout
from polyvox.core.pdf import Number
from polyvox.procurement.amounts import VAT_RATE, vat, with_vat

SERVICE = "Service de la Participation – Dienst Participatie (perspective.brussels)"  # both languages, for e-mails


def _service() -> str:
    """The Service's name and address in the document's language."""
    language = layout._language(None)
    return f"{layout.SERVICE_NAME[language]}, {layout.SERVICE_ADDRESS[language]}"


def membership_protocol(membership) -> bytes:
    """The membership protocol: rights and obligations, free of charge, no exclusivity."""
    language = membership.language
    with translation.override(language):
        framework = membership.framework
        story = _header(_("Membership protocol"), f"{membership.number}")
        story += _facts([
            (_("Central purchasing body"), _service()),
            (_("Member"), str(membership.organisation)),
            (_("Kind of body"), membership.organisation.get_kind_display()),
            (_("Framework contract"), framework.name),
            (_("Term"), _("%(start)s to %(end)s") % {"start": _date(framework.start_date), "end": _date(framework.end_date)}),
            (_("Overall ceiling"), _("%(amount)s excl. VAT") % {"amount": layout.money(framework.ceiling, language)}),
        ])
        story.append(Paragraph(_("Lots of the framework contract"), _styles()["Heading2"]))
        story.append(_table([[_("Lot"), _("Title"), _("Ceiling per project excl. VAT")]] +
                            [[Number(lot.number), lot.title, Number(layout.money(lot.ceiling, language))] for lot in framework.lots.all()], [0.8, 5, 2.3]))
        for heading, text in [
            (_("Object"), _("By this protocol the member joins the framework contract of the Participation Service and may place subsequent contracts with the providers of its lots.")),
            (_("Free of charge, no exclusivity"), _("Joining is free of charge and entails no exclusivity: the member remains free to buy the same services by other means.")),
            (_("Obligations of the central purchasing body"), _("The Service keeps the framework contract in force, helps the member to draft its specification, consults the providers, analyses their offers and drafts the award report with the member, and issues the purchase order.")),
            (_("Obligations of the member"), _("The member has its decision body validate the chosen offer, monitors the execution of the mission it launches, and pays the provider directly: the contractual relationship arises exclusively between the member and the provider.")),
        ]:
            story.append(Paragraph(escape(heading), _styles()["Heading2"]))
            story.append(Paragraph(escape(text), _styles()["BodyText"]))
        story.append(Spacer(1, 0.8 * cm))
        signed = _("Signed on %(date)s by %(name)s, %(function)s") % {
            "date": _date(membership.signed_on), "name": membership.signatory_name, "function": membership.signatory_function or "—",
        } if membership.signed_on else _("Date and signature of the member: ____________________")
        story.append(Paragraph(escape(signed), _styles()["BodyText"]))
        story.append(_signatures([(membership.signatory_name or "", membership.signatory_function or _("For the member")),
                                  ("", _("For the Participation Service"))]))
        return _build(story, _("Membership protocol"))


def award_report(contract, rows) -> bytes:
    """The award report: offers, scores, ranking, justification. `rows` is services.ranking(contract)."""
    language = contract.language
    with translation.override(language):
        offer = contract.awarded_offer
        story = _header(_("Award report"), contract.reference)
        story += _facts(_parties(contract) + [
            (_("Procedure"), contract.get_procedure_display()),
            (_("Deadline for offers"), _moment(contract.offer_deadline)),
        ])
        story.append(Paragraph(_("Offers, scores and ranking"), _styles()["Heading2"]))
        criteria = list(contract.criteria.all())
        head = [_("Rank"), _("Provider"), _("Price excl. VAT")] + [f"{c.name} ({layout.number(c.weight, language, 0)})" for c in criteria] + [_("Total /100")]
        body = []
        for row in rows:
            body.append([Number(row["rank"]), str(row["offer"].provider), layout.money(row["offer"].price, language)]
                        + [Number(layout.number(p["score"], language)) for p in row["parts"]]
                        + [Number(layout.number(row["total"], language)) if criteria else "—"])
        if not rows and offer:
            body.append(["1", str(offer.provider), layout.money(offer.price, language)] + ["—"] * len(criteria) + ["—"])
        story.append(_table([head] + body, [1.0, 3, 2.2] + [1.4] * len(criteria) + [1.3]))
        declines = contract.invitations.exclude(status="invited").exclude(status="accepted")
        if contract.procedure == "cascade" and declines.exists():
            story.append(Paragraph(_("Cascade"), _styles()["Heading2"]))
            story.append(_table([[_("Rank"), _("Provider"), _("Answer")]] + [[Number(i.rank), str(i.provider), i.get_status_display()] for i in contract.invitations.all()], [1.0, 4, 2]))
        if offer:
            story.append(Paragraph(_("Offer chosen"), _styles()["Heading2"]))
            story += _facts(_amounts(offer.price, language) + [(_("Provider"), str(offer.provider))])
        if offer and contract.deviation_ground:
            story += _deviation(contract, rows)
        story.append(Paragraph(_("Justification"), _styles()["Heading2"]))
        story.append(Paragraph(escape(contract.award_justification or "—"), _styles()["BodyText"]))
        for other in contract.offers.exclude(pk=getattr(offer, "pk", None)).exclude(rejection_reason=""):
            story.append(Paragraph(escape(_("Reasons given to %(provider)s: %(reasons)s") % {"provider": other.provider, "reasons": other.rejection_reason}), _styles()["BodyText"]))
        story.append(Spacer(1, 0.5 * cm))
        story.append(Paragraph(escape(_("Drawn up on %(date)s.") % {"date": _date(contract.awarded_on)}), _styles()["BodyText"]))
        story.append(_signatures([("", _("For the Participation Service")), ("", _("For the member"))]))
        return _build(story, _("Award report"))


def purchase_order(contract) -> bytes:
    """The numbered purchase order sent to the provider."""
    language = contract.language
    with translation.override(language):
        offer = contract.awarded_offer
        story = _header(_("Purchase order"), contract.order_number)
        story += _facts(_parties(contract) + [
            (_("Purchase order number"), contract.order_number),
            (_("Date"), _date(contract.ordered_on)),
            (_("Decision of the member"), f"{contract.decision_body} · {_date(contract.decision_date)} · {contract.decision_reference}"),
        ])
        if contract.deviation_ground:
            story.append(Paragraph(escape(_("Awarded off the ranking on the legal ground: %(ground)s (see the award report).") % {
                "ground": contract.get_deviation_ground_display()}), _styles()["BodyText"]))
        story.append(Paragraph(_("Amounts"), _styles()["Heading2"]))
        story += _facts(_amounts(offer.price, language))
        story.append(Paragraph(escape(_("The contractual relationship arises exclusively between the member and the provider: invoices are addressed to the member.")), _styles()["BodyText"]))
        story.append(_signatures([("", _("For the member")), ("", _("For the Participation Service"))]))
        return _build(story, _("Purchase order"))


# --- Helpers --------------------------------------------------------------------------------------


def _deviation(contract, rows):
    """The award off the ranking: which offer ranked first, the legal ground, the reasoning, who proposed and approved."""
    styles = _styles()
    chosen = contract.awarded_offer
    rank = next((row["rank"] for row in rows if row["offer"].pk == chosen.pk), None)
    best = rows[0] if rows else None
    story = [Paragraph(escape(_("Award off the ranking")), styles["Heading2"])]
    if best and rank:
        story.append(Paragraph(escape(_("The offer chosen ranked %(rank)s of %(count)s. The best-ranked offer, %(best)s with %(score)s points out of 100, "
                                        "was not chosen.") % {"rank": rank, "count": len(rows), "best": best["offer"].provider, "score": layout.number(best["total"], translation.get_language())}),
                               styles["BodyText"]))
    story += _facts([
        (_("Legal ground"), contract.get_deviation_ground_display()),
        (_("Reasoning"), contract.deviation_reasoning),
        (_("Proposed by"), str(contract.deviation_proposed_by or "—")),
        (_("Approved by"), "%s · %s" % (contract.deviation_approved_by or "—", _date(contract.deviation_decided_on))),
    ])
    return story



def _parties(contract):
    offer = contract.awarded_offer
    return [
        (_("Central purchasing body"), _service()),
        (_("Member"), str(contract.organisation)),
        (_("Provider"), str(offer.provider) if offer else "—"),
        (_("Contract"), f"{contract.reference} · {contract.title}"),
        (_("Lot"), str(contract.lot)),
    ]


def _amounts(amount, language):
    return [
        (_("Amount excl. VAT"), layout.money(amount, language)),
        (_("VAT %(rate)s %%") % {"rate": int(VAT_RATE * 100)}, layout.money(vat(amount), language)),
        (_("Total incl. VAT"), layout.money(with_vat(amount), language)),
    ]


def _styles():
    return layout.styles()


def _header(title, number):
    return layout.Document(title, translation.get_language()).title_block(title, number)


def _facts(pairs):
    return [layout.Document("", translation.get_language()).facts(pairs), Spacer(1, 0.3 * cm)]


def _table(rows, proportions=None, header=True):
    """A table filling the frame, every cell wrapping (see polyvox.core.pdf)."""
    proportions = proportions or [1] * len(rows[0])
    return layout.Document("", translation.get_language()).table(rows, proportions, header=header)


def _signatures(signers):
    return layout.Document("", translation.get_language()).signatures(signers)


def _date(value):
    return layout.date(value, translation.get_language())


def _moment(value):
    if not value:
        return "—"
    return timezone.localtime(value, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M") + " (Europe/Brussels)"


def _build(story, title) -> bytes:
    return layout.Document(str(title), translation.get_language(), author=layout.SERVICE_NAME[layout._language(None)]).build(story)

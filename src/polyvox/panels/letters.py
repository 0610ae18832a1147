"""The invitation letters: one print-ready PDF (A4, one page per invitee), French and Dutch on the same letter,
with the invitee's address in the envelope window, their code, the registration address and the deadline."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10, textColor=colors.HexColor("#444444"))

TEXT = {
    "fr": {
        "head": "Vous avez été tiré·e au sort",
        "body": ("Madame, Monsieur,<br/>Votre nom a été tiré au sort dans le registre de la population pour être invité·e "
                 "à rejoindre <b>{title}</b>. {size} habitant·es y délibéreront ensemble et formuleront des recommandations. "
                 "Aucune connaissance particulière n'est requise ; votre participation est défrayée."),
        "how": ("Pour vous porter volontaire, rendez-vous sur <b>{url}</b> avant le <b>{deadline}</b> et saisissez "
                "votre code personnel ci-dessous. Parmi les volontaires, les membres seront tirés au sort de manière à "
                "refléter la diversité de la population bruxelloise."),
        "privacy": ("Vos données ne servent qu'à ce tirage au sort ; elles sont supprimées au plus tard six mois après la "
                    "fin du panel."),
        "code": "Votre code",
    },
    "nl": {
        "head": "U bent geloot",
        "body": ("Geachte mevrouw, geachte heer,<br/>Uw naam werd uit het bevolkingsregister geloot om deel te nemen aan "
                 "<b>{title}</b>. {size} inwoners zullen er samen overleggen en aanbevelingen formuleren. "
                 "U hebt geen bijzondere kennis nodig; uw deelname wordt vergoed."),
        "how": ("Om u kandidaat te stellen, gaat u vóór <b>{deadline}</b> naar <b>{url}</b> en vult u de persoonlijke "
                "code hieronder in. Onder de kandidaten worden de leden geloot zodat ze de diversiteit van de Brusselse "
                "bevolking weerspiegelen."),
        "privacy": ("Uw gegevens dienen enkel voor deze loting; ze worden uiterlijk zes maanden na het einde van het "
                    "panel gewist."),
        "code": "Uw code",
    },
}


def invitation_letters(panel, invitations=None) -> bytes:
    """One PDF with a letter per invitation of the panel (in the order of the draw)."""
    invitations = invitations if invitations is not None else panel.invitations.select_related(
        "entry", "entry__municipality").order_by("number")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(f"Invitations – {panel.title_fr or panel.title}")
    pdf.setAuthor(str(panel.initiative.organiser))
    layout = _Layout(panel)  # the texts are the same on every letter: drawn once, as a form, reused
    layout.prepare(pdf)
    count = 0
    for invitation in invitations:
        if invitation.entry is None:
            continue
        layout.draw(pdf, invitation)
        pdf.showPage()
        count += 1
    if count == 0:
        pdf.drawString(25 * mm, 270 * mm, "—")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def registration_url(language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse("panels:register")


def _texts(panel, lang: str) -> dict:
    title = getattr(panel, f"title_{lang}", "") or panel.title
    deadline = "—"
    if panel.registration_deadline:
        with translation.override(lang):
            deadline = formats.date_format(panel.registration_deadline, "j F Y")
    url = registration_url(lang)
    values = {"title": escape(title), "size": panel.panel_size, "url": escape(url.split("://", 1)[-1]),
              "deadline": deadline}
    return {key: text.format(**values) for key, text in TEXT[lang].items()}


class _Layout:
    """Where everything goes on a letter; the bilingual texts wrapped once, drawn on every page."""

    def __init__(self, panel):
        width, height = A4
        self.width, self.height = width, height
        self.organiser = str(panel.initiative.organiser)
        self.english = f"English: {registration_url('en').split('://', 1)[-1]}"
        column = (width - 50 * mm) / 2
        self.placed = []  # (paragraph, x, y) drawn as they are on every page
        self.codes = []  # (x centre, y baseline) of the code in each language's box
        self.boxes = []
        for index, lang in enumerate(("fr", "nl")):
            t = _texts(panel, lang)
            x = 20 * mm + index * (column + 10 * mm)
            y = height - 95 * mm
            for text, style in ((t["head"], HEAD), (t["body"], BODY), (t["how"], BODY)):
                y = self._place(text, style, x, y, column) - 3 * mm
            box_top = y - 2 * mm
            self.boxes.append((x, box_top - 24 * mm, column, 24 * mm))
            self._place(t["code"], ParagraphStyle("label", parent=SMALL, alignment=TA_CENTER), x, box_top - 3 * mm, column)
            self.codes.append((x + column / 2, box_top - 17 * mm))
            self._place(t["privacy"], SMALL, x, box_top - 30 * mm, column)

    def _place(self, text, style, x, y, width) -> float:
        paragraph = Paragraph(text, style)
        _, h = paragraph.wrap(width, 200 * mm)
        self.placed.append((paragraph, x, y - h))
        return y - h

    def prepare(self, pdf) -> None:
        """The part common to every letter, as one PDF form drawn on each page."""
        width, height = self.width, self.height
        pdf.beginForm("letter")
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(20 * mm, height - 22 * mm, self.organiser)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(20 * mm, height - 27 * mm, "participation.brussels · participatie.brussels")
        for paragraph, x, y in self.placed:
            paragraph.drawOn(pdf, x, y)
        pdf.setStrokeColor(colors.HexColor("#004b87"))
        pdf.setLineWidth(1.2)
        for x, y, w, h in self.boxes:
            pdf.roundRect(x, y, w, h, 3 * mm)
        pdf.setFont("Helvetica", 8)
        pdf.drawCentredString(width / 2, 15 * mm, self.english)
        pdf.endForm()

    def draw(self, pdf, invitation) -> None:
        width, height = self.width, self.height
        entry = invitation.entry
        pdf.doForm("letter")
        pdf.setFont("Helvetica", 7)
        pdf.drawRightString(width - 20 * mm, height - 22 * mm, f"{invitation.number:06d}")
        # Address in the right-hand window of a DL envelope.
        town = entry.municipality.name_fr
        if entry.municipality.name_nl != town:
            town += f" / {entry.municipality.name_nl}"
        pdf.setFont("Helvetica", 10.5)
        for number, line in enumerate([f"{entry.first_name} {entry.last_name}", entry.street, f"{entry.postcode} {town}"]):
            pdf.drawString(110 * mm, height - 55 * mm - number * 5 * mm, line)
        pdf.setFont("Courier-Bold", 22)
        for x, y in self.codes:
            pdf.drawCentredString(x, y, invitation.display_code)

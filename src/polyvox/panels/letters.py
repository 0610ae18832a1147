"""The invitation letters: one print-ready PDF (A4, two pages per invitee), French and Dutch on the same letter,
with the invitee's address in the envelope window, their code, a QR code opening the registration page with
the code filled in, the registration address, the panel's telephone number and the deadline; the second page
carries the English text and the paper reply slip to post back. The organiser chooses the standard letter or
the easy-to-read one (short sentences, one idea per line, larger type)."""

from __future__ import annotations

import io
from urllib.parse import urlencode
from xml.sax.saxutils import escape

import segno

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from polyvox.panels.models import LetterStyle

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
                "votre code personnel ci-dessous (ou scannez le code QR). Parmi les volontaires, les membres seront tirés "
                "au sort de manière à refléter la diversité de la population bruxelloise."),
        "other_routes": "Vous pouvez aussi vous inscrire par téléphone au <b>{phone}</b>, ou en renvoyant le talon-réponse joint.",
        "paper_only": "Vous pouvez aussi vous inscrire en renvoyant le talon-réponse joint.",
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
                "code hieronder in (of scant u de QR-code). Onder de kandidaten worden de leden geloot zodat ze de "
                "diversiteit van de Brusselse bevolking weerspiegelen."),
        "other_routes": ("U kunt zich ook telefonisch inschrijven op <b>{phone}</b>, of door de bijgevoegde antwoordstrook "
                         "terug te sturen."),
        "paper_only": "U kunt zich ook inschrijven door de bijgevoegde antwoordstrook terug te sturen.",
        "privacy": ("Uw gegevens dienen enkel voor deze loting; ze worden uiterlijk zes maanden na het einde van het "
                    "panel gewist."),
        "code": "Uw code",
    },
}

#: The easy-to-read letter: short sentences, one idea per line, larger type (FR and NL on the letter, EN beside
#: the reply slip).
EASY = {
    "fr": {
        "head": "Vous êtes invité·e !",
        "body": ["Nous avons tiré votre nom au sort.",
                 "Nous cherchons des habitant·es pour <b>{title}</b>.",
                 "{size} personnes vont parler ensemble.",
                 "Ensemble, elles donnent des conseils aux responsables politiques.",
                 "Vous n'avez besoin d'aucun diplôme.",
                 "Vous recevez de l'argent pour votre temps."],
        "how": ["Vous voulez participer ?",
                "Inscrivez-vous avant le <b>{deadline}</b>.",
                "Sur internet : scannez le code QR.",
                "Ou allez sur <b>{url}</b>."],
        "phone": "Par téléphone : appelez le <b>{phone}</b>.",
        "paper": ["Par la poste : remplissez le papier joint.", "Renvoyez-le."],
        "after": ["Ensuite, il y a un deuxième tirage au sort."],
        "privacy": "Vos données servent seulement à ce tirage au sort. Nous les effaçons au plus tard 6 mois après la fin.",
        "code": "Votre code",
    },
    "nl": {
        "head": "U bent uitgenodigd!",
        "body": ["We hebben uw naam geloot.",
                 "We zoeken inwoners voor <b>{title}</b>.",
                 "{size} mensen gaan samen praten.",
                 "Samen geven ze advies aan de politici.",
                 "U hebt geen diploma nodig.",
                 "U krijgt geld voor uw tijd."],
        "how": ["Wilt u meedoen?",
                "Schrijf u in vóór <b>{deadline}</b>.",
                "Via internet: scan de QR-code.",
                "Of ga naar <b>{url}</b>."],
        "phone": "Via de telefoon: bel <b>{phone}</b>.",
        "paper": ["Via de post: vul het bijgevoegde papier in.", "Stuur het terug."],
        "after": ["Daarna is er een tweede loting."],
        "privacy": "We gebruiken uw gegevens alleen voor deze loting. We wissen ze ten laatste 6 maanden na het einde.",
        "code": "Uw code",
    },
    "en": {
        "head": "You are invited!",
        "body": ["We drew your name by lot.",
                 "We are looking for residents for <b>{title}</b>.",
                 "{size} people will talk together.",
                 "Together, they give advice to politicians.",
                 "You do not need any diploma.",
                 "You get money for your time."],
        "how": ["Do you want to take part?",
                "Register before <b>{deadline}</b>.",
                "On the internet: scan the QR code.",
                "Or go to <b>{url}</b>."],
        "phone": "By telephone: call <b>{phone}</b>.",
        "paper": ["By post: fill in the paper in this letter.", "Send it back."],
        "after": ["Then there is a second draw by lot."],
        "privacy": "We use your data only for this draw. We delete it at the latest 6 months after the end.",
        "code": "Your code",
    },
}

#: The reply slip's words, French / Dutch side by side (English speakers have the English block above it).
SLIP = {
    "title": ("Talon-réponse", "Antwoordstrook", "Reply slip"),
    "intro": ("Remplissez ce talon et renvoyez-le avant le {deadline_fr}.",
              "Vul deze strook in en stuur ze terug vóór {deadline_nl}.",
              "Fill in this slip and send it back before {deadline_en}."),
    "code": ("Code", "Code", "Code"),
    "last_name": ("Nom", "Naam", "Last name"),
    "first_name": ("Prénom", "Voornaam", "First name"),
    "phone": ("Téléphone", "Telefoon", "Telephone"),
    "email": ("E-mail (facultatif)", "E-mail (optioneel)", "E-mail (optional)"),
    "language": ("Langue de contact", "Contacttaal", "Language"),
    "needs": ("Besoins pour participer (accès, interprète, garde d'enfants…)",
              "Wat hebt u nodig om deel te nemen (toegang, tolk, kinderopvang…)",
              "What you need to take part (access, interpreter, childcare…)"),
    "consent": ("J'accepte que mes réponses servent au tirage au sort de ce panel.",
                "Ik ga ermee akkoord dat mijn antwoorden dienen voor de loting van dit panel.",
                "I agree that my answers are used for the draw of this panel."),
    "signature": ("Date et signature", "Datum en handtekening", "Date and signature"),
    "return": ("À renvoyer à", "Terugsturen naar", "Send to"),
    "cut": ("Détachez ici", "Hier afknippen", "Cut here"),
    "english": ("", "", "In English"),
}


def invitation_letters(panel, invitations=None) -> bytes:
    """One PDF with, per invitation of the panel (in the order of the draw), the letter and its reply slip."""
    invitations = invitations if invitations is not None else panel.invitations.select_related(
        "entry", "entry__municipality").order_by("number")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(f"Invitations – {panel.title_fr or panel.title}")
    pdf.setAuthor(_organiser_name(panel, "fr"))
    layout = _Layout(panel)  # the texts are the same on every letter: drawn once, as a form, reused
    layout.prepare(pdf)
    slip = _Slip(panel)
    slip.prepare(pdf)
    count = 0
    for invitation in invitations:
        if invitation.entry is None:
            continue
        layout.draw(pdf, invitation)
        pdf.showPage()
        slip.draw(pdf, invitation)
        count += 1
    if count == 0:
        pdf.drawString(25 * mm, 270 * mm, "—")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def registration_url(language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse("panels:register")


def qr_url(invitation) -> str:
    """The address in the letter's QR code: the registration page with the code filled in. It carries no
    language prefix, so the page opens in the language of the phone that scans it."""
    with translation.override("fr"):
        path = reverse("panels:register")
    path = path[len("/fr"):] if path.startswith("/fr/") else path
    return f"{settings.SITE_URL.rstrip('/')}{path}?{urlencode({'code': invitation.code})}"


def qr_image(url: str) -> ImageReader:
    """The QR code as a one-pixel-per-module image (scaled on the page, so it stays sharp)."""
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=1, border=0)
    out.seek(0)
    return ImageReader(out)


def _organiser_name(panel, lang: str) -> str:
    organiser = panel.initiative.organiser
    return getattr(organiser, f"name_{lang}", "") or str(organiser)


def _deadline(panel, lang: str) -> str:
    if not panel.registration_deadline:
        return "—"
    with translation.override(lang):
        return formats.date_format(panel.registration_deadline, "j F Y")


def _values(panel, lang: str) -> dict:
    title = getattr(panel, f"title_{lang}", "") or panel.title
    return {"title": escape(title), "size": panel.panel_size, "url": escape(registration_url(lang).split("://", 1)[-1]),
            "deadline": _deadline(panel, lang), "phone": escape(panel.phone.strip())}


def _texts(panel, lang: str) -> list[tuple[str, str]]:
    """The letter's paragraphs in one language, as (kind, text): kind is head, body, code or privacy."""
    values = _values(panel, lang)
    if panel.letter_style == LetterStyle.EASY:
        t = EASY[lang]
        how = list(t["how"]) + ([t["phone"]] if panel.phone.strip() else []) + t["paper"] + t["after"]
        return [("head", t["head"].format(**values)),
                ("body", "<br/>".join(line.format(**values) for line in t["body"])),
                ("body", "<br/>".join(line.format(**values) for line in how)),
                ("code", t["code"]), ("privacy", t["privacy"].format(**values))]
    t = TEXT[lang]
    routes = t["other_routes"] if panel.phone.strip() else t["paper_only"]
    return [("head", t["head"]), ("body", t["body"].format(**values)), ("body", t["how"].format(**values)),
            ("body", routes.format(**values)), ("code", t["code"]), ("privacy", t["privacy"].format(**values))]


def _styles(easy: bool) -> dict:
    if easy:  # larger type for the easy-to-read letter
        return {"head": ParagraphStyle("ehead", parent=HEAD, fontSize=16, leading=20),
                "body": ParagraphStyle("ebody", parent=BODY, fontSize=12.5, leading=17),
                "privacy": ParagraphStyle("eprivacy", parent=BODY, fontSize=10.5, leading=13.5)}
    return {"head": HEAD, "body": BODY, "privacy": SMALL}


class _Layout:
    """Where everything goes on a letter; the bilingual texts wrapped once, drawn on every page."""

    def __init__(self, panel):
        width, height = A4
        self.width, self.height = width, height
        self.organiser = " · ".join(dict.fromkeys(_organiser_name(panel, lang) for lang in ("fr", "nl")))
        self.english = f"English: {registration_url('en').split('://', 1)[-1]}"
        easy = panel.letter_style == LetterStyle.EASY
        styles = _styles(easy)
        column = (width - 50 * mm) / 2
        self.placed = []  # (paragraph, x, y) drawn as they are on every page
        self.codes = []  # (x centre, y baseline) of the code in each language's box
        self.boxes = []
        self.qr_caption = [Paragraph("Scannez pour vous inscrire<br/>Scan om u in te schrijven",
                                     ParagraphStyle("qr", parent=SMALL, fontSize=9 if easy else 8,
                                                    leading=11 if easy else 10))]
        self.lowest = height
        for index, lang in enumerate(("fr", "nl")):
            x = 20 * mm + index * (column + 10 * mm)
            y = height - 95 * mm
            for kind, text in _texts(panel, lang):
                if kind == "code":
                    box_top = y - 1 * mm
                    self.boxes.append((x, box_top - 22 * mm, column, 22 * mm))
                    self._place(text, ParagraphStyle("label", parent=SMALL, alignment=TA_CENTER), x,
                                box_top - 3 * mm, column)
                    self.codes.append((x + column / 2, box_top - 16 * mm))
                    y = box_top - 25 * mm
                else:
                    y = self._place(text, styles[kind], x, y, column) - 3 * mm
            self.lowest = min(self.lowest, y)

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
        caption = self.qr_caption[0]
        _, h = caption.wrap(60 * mm, 30 * mm)
        caption.drawOn(pdf, 55 * mm, height - 62 * mm - h / 2)
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
        # The QR code: the registration page with this letter's code filled in.
        pdf.drawImage(qr_image(qr_url(invitation)), 20 * mm, height - 80 * mm, 30 * mm, 30 * mm)
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


class _Slip:
    """The paper reply slip (a page of its own, to detach and post back): the code printed, the panel's
    questions with boxes to tick, the contact details, the needs, consent and signature, the return address.
    Above it, the English text (short, or easy-to-read) for English speakers."""

    TOP, BOTTOM = A4[1] - 18 * mm, 15 * mm

    def __init__(self, panel):
        self.panel = panel
        self.easy = panel.letter_style == LetterStyle.EASY
        self.forms = 0

    def prepare(self, pdf) -> None:
        """Draw the slip's common part as one or more forms (more than one page only for long questionnaires)."""
        width, _height = A4
        left, right = 20 * mm, width - 20 * mm
        self._begin(pdf)
        y = self.TOP
        panel = self.panel
        # English block.
        values = _values(panel, "en")
        values["url"] = escape(registration_url("en").split("://", 1)[-1])
        if self.easy:
            t = EASY["en"]
            how = list(t["how"]) + ([t["phone"]] if panel.phone.strip() else []) + t["paper"] + t["after"]
            text = (f"<b>{t['head']}</b><br/>" + "<br/>".join(line.format(**values) for line in t["body"] + how)
                    + "<br/>" + t["privacy"])
            style = ParagraphStyle("slipen", parent=BODY, fontSize=12, leading=15.5)
        else:
            phone = f" Telephone: <b>{values['phone']}</b>." if panel.phone.strip() else ""
            text = (f"<b>In English.</b> Your name was drawn by lot to be invited to join <b>{values['title']}</b>. "
                    f"To volunteer, go to <b>{values['url']}</b> before <b>{values['deadline']}</b> and enter the code "
                    f"of this letter, or scan its QR code.{phone} You can also send back the reply slip below.")
            style = BODY
        paragraph = Paragraph(text, style)
        _, h = paragraph.wrap(right - left, 150 * mm)
        paragraph.drawOn(pdf, left, y - h)
        y -= h + 6 * mm
        # The cut line.
        pdf.setDash(3, 3)
        pdf.setStrokeColor(colors.HexColor("#666666"))
        pdf.line(left - 10 * mm, y, right + 10 * mm, y)
        pdf.setDash()
        pdf.setFont("Helvetica", 7.5)
        pdf.drawCentredString(width / 2, y + 1.5 * mm, "- - -  " + " · ".join(SLIP["cut"][:2]) + "  - - -")
        y -= 9 * mm
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(left, y, " · ".join(SLIP["title"][:2]))
        self.code_at = (right, y)
        y -= 6 * mm
        deadlines = {f"deadline_{lang}": _deadline(panel, lang) for lang in ("fr", "nl", "en")}
        pdf.setFont("Helvetica", 9)
        for line in SLIP["intro"][:2]:
            pdf.drawString(left, y, line.format(**deadlines))
            y -= 4.5 * mm
        y -= 2 * mm
        # Contact details: a label and a line to write on.
        size = 10 if self.easy else 9
        for key in ("last_name", "first_name", "phone", "email"):
            pdf.setFont("Helvetica", size)
            label = " / ".join(SLIP[key][:2])
            pdf.drawString(left, y, label)
            pdf.setStrokeColor(colors.HexColor("#999999"))
            pdf.line(left + pdf.stringWidth(label, "Helvetica", size) + 3 * mm, y - 1, right, y - 1)
            y -= 6.5 * mm
        y = self._choices(pdf, " / ".join(SLIP["language"][:2]),
                          ["Français", "Nederlands", "English"], left, right, y, size)
        # The panel's questions.
        for feature in panel.ordered_features():
            labels = [_bilingual(v, "label") for v in feature.values.all()]
            y = self._choices(pdf, _bilingual(feature, "name"), labels, left, right, y, size)
        # Needs.
        y = self._room(pdf, y, 18 * mm)
        pdf.setFont("Helvetica", size)
        pdf.drawString(left, y, SLIP["needs"][0])
        y -= 4.2 * mm
        pdf.drawString(left, y, SLIP["needs"][1])
        for _line in range(2):
            y -= 6.5 * mm
            pdf.line(left, y, right, y)
        y -= 6 * mm
        # Consent and signature.
        address = panel.reply_address.strip() or _organiser_name(panel, "fr")
        address_lines = [line.strip() for line in address.splitlines() if line.strip()]
        y = self._room(pdf, y, 26 * mm + 5 * mm * len(address_lines))
        pdf.rect(left, y - 1, 3.5 * mm, 3.5 * mm)
        pdf.setFont("Helvetica", size)
        for line in SLIP["consent"][:2]:
            pdf.drawString(left + 6 * mm, y, line)
            y -= 4.5 * mm
        y -= 4 * mm
        label = " / ".join(SLIP["signature"][:2])
        pdf.drawString(left, y, label)
        pdf.line(left + pdf.stringWidth(label, "Helvetica", size) + 3 * mm, y - 1, right, y - 1)
        y -= 9 * mm
        # Return address.
        lines = [" / ".join(SLIP["return"][:2]) + " :"] + address_lines
        box = 5 * mm + 5 * mm * len(lines)
        pdf.setStrokeColor(colors.HexColor("#004b87"))
        pdf.roundRect(left, y - box + 4 * mm, (right - left) / 2, box, 2 * mm)
        pdf.setFont("Helvetica-Bold", size)
        for line in lines:
            pdf.drawString(left + 3 * mm, y, line)
            pdf.setFont("Helvetica", size)
            y -= 5 * mm
        self._end(pdf)

    def _begin(self, pdf):
        pdf.beginForm(f"slip{self.forms}")
        self.forms += 1

    def _end(self, pdf):
        pdf.endForm()

    def _room(self, pdf, y: float, needed: float) -> float:
        """Continue on a next page when what follows does not fit."""
        if y - needed >= self.BOTTOM:
            return y
        self._end(pdf)
        self._begin(pdf)
        return self.TOP

    def _choices(self, pdf, question: str, labels: list[str], left, right, y, size) -> float:
        """A question and a box to tick before each of its answers, in as many columns as fit."""
        columns = 2 if max((len(label) for label in labels), default=0) > 30 else 3
        rows = -(-len(labels) // columns)
        step = 5.2 * mm if self.easy else 4.5 * mm
        y = self._room(pdf, y, 5 * mm + rows * step)
        pdf.setFont("Helvetica-Bold", size)
        pdf.drawString(left, y, question)
        y -= step + 0.5 * mm
        pdf.setFont("Helvetica", size - 0.5)
        pdf.setStrokeColor(colors.black)
        width = (right - left) / columns
        for index, label in enumerate(labels):
            x = left + (index % columns) * width
            row_y = y - (index // columns) * step
            pdf.rect(x, row_y - 0.5, 3 * mm, 3 * mm)
            pdf.drawString(x + 5 * mm, row_y, _fit(pdf, label, width - 6 * mm, size - 0.5))
        return y - rows * step - 1.5 * mm

    def draw(self, pdf, invitation) -> None:
        for number in range(self.forms):
            pdf.doForm(f"slip{number}")
            if number == 0:
                x, y = self.code_at
                pdf.setFont("Courier-Bold", 14)
                pdf.drawRightString(x, y, f"{SLIP['code'][0]} {invitation.display_code}")
                pdf.setFont("Helvetica", 7)
                pdf.drawRightString(x, y - 4 * mm, f"{invitation.number:06d}")
            pdf.showPage()


def _bilingual(obj, field: str) -> str:
    fr = getattr(obj, f"{field}_fr", "") or getattr(obj, field)
    nl = getattr(obj, f"{field}_nl", "") or fr
    return fr if fr == nl else f"{fr} / {nl}"


def _fit(pdf, text: str, width: float, size: float) -> str:
    """The text, shortened with an ellipsis if it would run into the next column."""
    if pdf.stringWidth(text, "Helvetica", size) <= width:
        return text
    while text and pdf.stringWidth(text + "…", "Helvetica", size) > width:
        text = text[:-1]
    return text + "…"

"""The one look of every PDF the Service issues (reportlab): its identity, margins, tables, signatures, numbers.

    from polyvox.core import pdf
    doc = pdf.Document(title, language)          # A4, MARGIN on every side, header and footer drawn on each page
    story = [doc.title_block(_("Award report"), reference), doc.table(rows, [1, 3, 2], header=True), ...]
    story.append(doc.signatures([(name, role), ...]))
    return doc.build(story)

- Identity: a logo drawn as vector shapes (no image file), the Participation Service's name and address in
  the document's language at the top of every page, the page number and the Service's e-mail at the foot.
- Tables fill the frame exactly: column widths are given as proportions and scaled to the frame's width;
  every cell is a Paragraph with word wrapping (long words and URLs break too), so nothing crosses a margin.
- Numbers: `number()` and `money()` write every figure the Belgian way in the document's language — French
  "41 000,00 €" and "37,56", Dutch "€ 41.000,00" and "37,56"; English (our choice, documented in
  docs/CONTRIBUTING.md and here) "€41,000.00" and "37.56", the usual English-language writing.
"""

from __future__ import annotations

import io
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from django.utils import formats, translation
from django.utils.translation import gettext as _

PAGE_WIDTH, PAGE_HEIGHT = 595.2755905511812, 841.8897637795277  # A4 in points
MARGIN = 56.69291338582677  # 2 cm on each side
HEADER_HEIGHT = 42  # the Service's band inside the top margin's area of the frame
NBSP = "\u00a0"

SERVICE_NAME = {
    "fr": "Service de la Participation – Région de Bruxelles-Capitale",
    "nl": "Dienst Participatie – Brussels Hoofdstedelijk Gewest",
    "en": "Participation Service – Brussels-Capital Region",
}
SERVICE_ADDRESS = {
    "fr": "perspective.brussels · Rue de Namur 59 · 1000 Bruxelles · participation@perspective.brussels",
    "nl": "perspective.brussels · Naamsestraat 59 · 1000 Brussel · participatie@perspective.brussels",
    "en": "perspective.brussels · Rue de Namur 59 · 1000 Brussels · participation@perspective.brussels",
}


def _language(language: str | None) -> str:
    code = (language or translation.get_language() or "fr")[:2]
    return code if code in SERVICE_NAME else "fr"


# --- numbers --------------------------------------------------------------------------------------

def number(value, language: str | None = None, decimals: int = 2) -> str:
    """A figure in the document's language: FR "41 000,00" / "37,56", NL "41.000,00" / "37,56",
    EN "41,000.00" / "37.56". Integers given with decimals=0 have no decimal part."""
    if value is None:
        return "—"
    language = _language(language)
    quantum = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    amount = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _dot, fraction = f"{abs(amount):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = {"fr": (NBSP, ","), "nl": (".", ","), "en": (",", ".")}[language]
    text = sign + thousands.join(groups)
    return text + (point + fraction if decimals else "")


def money(value, language: str | None = None) -> str:
    """Euros: FR "41 000,00 €", NL "€ 41.000,00", EN "€41,000.00"."""
    if value is None:
        return "—"
    language = _language(language)
    figure = number(value, language, 2)
    return {"fr": f"{figure}{NBSP}€", "nl": f"€{NBSP}{figure}", "en": f"€{figure}"}[language]


def date(value, language: str | None = None) -> str:
    if not value:
        return "—"
    with translation.override(_language(language)):
        return formats.date_format(value, "SHORT_DATE_FORMAT")


# --- fonts and styles -----------------------------------------------------------------------------

def fonts() -> tuple[str, str]:
    """DejaVu Sans when the system has it (every accent and sign), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    bold = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    if regular.exists() and bold.exists():
        if "PolyvoxSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("PolyvoxSans", str(regular)))
            pdfmetrics.registerFont(TTFont("PolyvoxSans-Bold", str(bold)))
            from reportlab.lib.fonts import addMapping

            addMapping("PolyvoxSans", 0, 0, "PolyvoxSans")
            addMapping("PolyvoxSans", 1, 0, "PolyvoxSans-Bold")
            addMapping("PolyvoxSans", 0, 1, "PolyvoxSans")
            addMapping("PolyvoxSans", 1, 1, "PolyvoxSans-Bold")
        return "PolyvoxSans", "PolyvoxSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def styles():
    """The sample style sheet in the Service's fonts, cells wrapping anywhere if they must."""
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    font, bold = fonts()
    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        style.fontName = bold if "Heading" in style.name or style.name == "Title" else font
    sheet.add(ParagraphStyle("Cell", parent=sheet["BodyText"], fontSize=9, leading=11, wordWrap="LTR", splitLongWords=True,
                             spaceBefore=0, spaceAfter=0))
    sheet.add(ParagraphStyle("CellHead", parent=sheet["Cell"], fontName=bold))
    sheet.add(ParagraphStyle("CellNumber", parent=sheet["Cell"], alignment=2))
    sheet.add(ParagraphStyle("Small", parent=sheet["BodyText"], fontSize=8, leading=10))
    return sheet


class Number(str):
    """A cell's text to be right-aligned (figures in tables)."""


class Document:
    """One PDF of the Service, in one language."""

    def __init__(self, title: str, language: str | None = None, author: str = ""):
        self.language = _language(language)
        self.title = str(title)
        self.author = author or SERVICE_NAME[self.language]
        self.styles = styles()
        self.font, self.bold = fonts()

    @property
    def frame_width(self) -> float:
        from reportlab.platypus.frames import Frame

        return PAGE_WIDTH - 2 * MARGIN - 2 * Frame(0, 0, 10, 10).leftPadding  # reportlab's frame padding (6 pt)

    def p(self, text, style: str = "BodyText"):
        from reportlab.platypus import Paragraph

        return Paragraph(escape(str(text)), self.styles[style])

    def rich(self, markup: str, style: str = "BodyText"):
        """A paragraph from markup already escaped by the caller (bold labels and the like)."""
        from reportlab.platypus import Paragraph

        return Paragraph(markup, self.styles[style])

    def title_block(self, title, reference: str = ""):
        from reportlab.platypus import Spacer

        heading = f"{title} {reference}".strip()
        return [self.p(heading, "Title"), Spacer(1, 6)]

    def table(self, rows, proportions, header: bool = True):
        """rows of cells (str, Number, or flowables); proportions of the columns, scaled to the frame's width."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        total = float(sum(proportions))
        widths = [self.frame_width * p / total for p in proportions]
        cells = []
        for index, row in enumerate(rows):
            line = []
            for cell in row:
                if isinstance(cell, Number):
                    line.append(self.p(cell, "CellNumber"))
                elif isinstance(cell, str) or cell is None:
                    line.append(self.p(cell if cell is not None else "—", "CellHead" if header and index == 0 else "Cell"))
                else:
                    line.append(cell)
            cells.append(line)
        table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
        table.setStyle(TableStyle(style))
        return table

    def facts(self, pairs):
        """Label–value lines as a two-column table."""
        return self.table([[self.rich(f"<b>{escape(str(k))}</b>", "Cell"), self.p(v if v not in (None, "") else "—", "Cell")] for k, v in pairs],
                          [1, 2.4], header=False)

    def signatures(self, signers):
        """Signature blocks side by side: for each (name, role), lines for name, role, date and signature."""
        from reportlab.platypus import KeepTogether, Spacer

        with translation.override(self.language):
            labels = (_("Name"), _("Role"), _("Date"), _("Signature"))
            columns = []
            for name, role in signers:
                block = [self.rich(f"<b>{escape(labels[0])}:</b> {escape(name or '')}", "Cell"),
                         self.rich(f"<b>{escape(labels[1])}:</b> {escape(role or '')}", "Cell"),
                         self.rich(f"<b>{escape(labels[2])}:</b> ____ / ____ / ________", "Cell"),
                         Spacer(1, 6), self.rich(f"<b>{escape(labels[3])}:</b>", "Cell"), Spacer(1, 34),
                         self.p("_" * 30, "Cell")]
                columns.append(block)
            from reportlab.platypus import Table, TableStyle

            width = self.frame_width / max(1, len(columns))
            table = Table([columns], colWidths=[width] * len(columns), hAlign="LEFT")
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            return KeepTogether([Spacer(1, 14), self.p(_("Signatures"), "Heading3"), table])

    def _page(self, canvas, doc):
        """The Service's band at the top (logo, name, address) and the foot (document, page number)."""
        from reportlab.lib import colors

        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN + HEADER_HEIGHT - 12
        # The logo: three overlapping speech squares in the Service's blue, yellow and red (vector shapes).
        x, y = MARGIN, top - 24
        for dx, dy, colour in ((0, 8, "#1f3a5f"), (10, 0, "#f2c230"), (20, 8, "#d64541")):
            canvas.setFillColor(colors.HexColor(colour))
            canvas.roundRect(x + dx, y + dy, 14, 14, 3, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#1f3a5f"))
        canvas.setFont(self.bold, 10)
        canvas.drawString(MARGIN + 42, top - 8, SERVICE_NAME[self.language])
        canvas.setFont(self.font, 7.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(MARGIN + 42, top - 19, SERVICE_ADDRESS[self.language])
        canvas.setStrokeColor(colors.HexColor("#1f3a5f"))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - 28, PAGE_WIDTH - MARGIN, top - 28)
        with translation.override(self.language):
            foot = _("Page %(n)s") % {"n": canvas.getPageNumber()}
        canvas.setFont(self.font, 7.5)
        title = self.title if len(self.title) < 90 else self.title[:87] + "…"
        canvas.drawString(MARGIN, MARGIN - 22, title)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 22, foot)
        canvas.restoreState()

    def build(self, story) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, title=self.title, author=self.author, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN + HEADER_HEIGHT - 12, bottomMargin=MARGIN, lang=self.language)
        doc.build(list(story), onFirstPage=self._page, onLaterPages=self._page)
        return buffer.getvalue()

"""Where every piece of text of a PDF sits, read back with pypdf (a visitor on the text matrix), for tests
that check nothing crosses the page's margins.

    lines = text_lines(pdf_bytes)            # [Line(page, x, y, width, text), ...]
    assert not outside(pdf_bytes, margin)    # text whose box leaves [margin, page width - margin] horizontally
"""

from __future__ import annotations

import io
from dataclasses import dataclass


@dataclass
class Line:
    page: int
    x: float
    y: float
    width: float
    text: str
    page_width: float
    page_height: float

    @property
    def right(self) -> float:
        return self.x + self.width


def _width(text: str, base_font: str, size: float) -> float:
    """The drawn width of a string: reportlab's metrics for the font the PDF names (subset prefix ignored)."""
    from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, stringWidth

    from polyvox.core.pdf import fonts

    regular, bold = fonts()
    name = base_font.split("+")[-1].lstrip("/")
    if name in getRegisteredFontNames() or name.startswith("Helvetica") or name.startswith("Times") or name.startswith("Courier"):
        font = name
    else:  # a TrueType subset reportlab named after the file (DejaVuSans...)
        font = bold if "Bold" in name else regular
    try:
        return stringWidth(text, font, size)
    except KeyError:
        return stringWidth(text, "Helvetica", size)


def text_lines(data: bytes) -> list[Line]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    lines: list[Line] = []
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font_dict, font_size, number=number, width=width, height=height):
            if not text or not text.strip():
                return
            a, b, c, d, e, f = (float(v) for v in tm)
            ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
            x = e * ca + f * cc + ce
            y = e * cb + f * cd + cf
            scale = (a * ca + b * cc)  # horizontal scale of the text space
            base = str(font_dict.get("/BaseFont", "Helvetica")) if font_dict else "Helvetica"
            for piece in text.split("\n"):
                if piece.strip():
                    lines.append(Line(number, x, y, _width(piece.rstrip(), base, float(font_size)) * abs(scale or 1), piece.strip(),
                                      width, height))

        page.extract_text(visitor_text=visit)
    return lines


def outside(data: bytes, margin: float, tolerance: float = 1.0) -> list[Line]:
    """The text lines whose box crosses the left or right margin or leaves the page vertically."""
    return [line for line in text_lines(data)
            if line.x < margin - tolerance or line.right > line.page_width - margin + tolerance
            or line.y < margin / 3 or line.y > line.page_height - margin / 3]

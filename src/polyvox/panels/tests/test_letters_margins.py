"""Issue 12 item 6 for the panel's printed letters: every line of the letter and of its reply slip stays
inside the page's margins (20 mm), in the standard and in the easy-to-read version."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from polyvox.core.tests.pdf_layout import outside, text_lines
from polyvox.panels import letters
from polyvox.panels.models import LetterStyle
from polyvox.panels.tests.conftest import invited_panel


@pytest.mark.parametrize("style", [LetterStyle.STANDARD, LetterStyle.EASY])
def test_letters_and_reply_slips_stay_inside_the_margins(world, style):
    panel = invited_panel(world, invitations=2)
    panel.letter_style = style
    panel.phone = "+32 2 555 01 23"
    panel.reply_address = "Parlement bruxellois\nRue du Lombard 69\n1000 Bruxelles"
    panel.save()
    data = letters.invitation_letters(panel)
    assert len(text_lines(data)) > 20
    crossing = outside(data, 20 * mm - 1)
    assert not crossing, [(line.page, line.text[:50], round(line.x), round(line.right)) for line in crossing][:8]

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from polyvox.procurement.amounts import format_eur, parse_amount, vat, with_vat
from polyvox.procurement.uploads import check_pdf


@pytest.mark.parametrize("text, expected", [
    ("30.000,50", "30000.50"), ("30 000,50", "30000.50"), ("30\u00a0000,50", "30000.50"), ("30000.50", "30000.50"),
    ("30000", "30000.00"), ("30.000", "30000.00"), ("1.234.567,8", "1234567.80"), ("45,5", "45.50"), ("€ 12 500", "12500.00"),
    ("30,000.50", "30000.50"),
])
def test_amounts_written_the_french_or_dutch_way(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text, code", [("-5", "negative"), ("-30.000,00", "negative"), ("abc", "invalid"), ("", "empty"), ("0", "zero"),
                                        ("12,345,67", "invalid"), ("1,234", "precision"), ("10e5", "invalid")])
def test_bad_amounts_refused_with_a_message(text, code):
    with pytest.raises(ValidationError) as error:
        parse_amount(text)
    assert error.value.code == code
    assert error.value.messages[0]


def test_vat_and_formatting():
    assert vat(Decimal("30000")) == Decimal("6300.00")
    assert with_vat(Decimal("30000.50")) == Decimal("36300.61")
    assert format_eur(Decimal("45000"), "fr") == "45 000,00 €"
    assert format_eur(Decimal("45000"), "nl") == "€ 45.000,00"
    assert format_eur(Decimal("45000"), "en") == "EUR 45,000.00"


def test_pdf_uploads_checked(settings):
    check_pdf(SimpleUploadedFile("ok.pdf", b"%PDF-1.4\n%...", content_type="application/pdf"))
    with pytest.raises(ValidationError) as error:
        check_pdf(SimpleUploadedFile("fake.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"))
    assert error.value.code == "not_pdf"
    settings.UPLOAD_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        check_pdf(SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 200, content_type="application/pdf"))
    assert error.value.code == "too_large"

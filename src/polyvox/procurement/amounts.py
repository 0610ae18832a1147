"""Amounts in euros: parsed the French/Dutch way, VAT at 21 %, written for each language."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

VAT_RATE = Decimal("0.21")
CENT = Decimal("0.01")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_GROUPED_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_amount(text) -> Decimal:
    """'30.000,50', '30 000,50', '30000.50' and '30000' all give Decimal('30000.50') or its like.

    Raises ValidationError with a message the user can act on: empty, not a number, negative or zero,
    more than two decimals.
    """
    if isinstance(text, Decimal):
        raw = str(text)
    else:
        raw = str(text or "").strip()
    raw = raw.replace("€", "").replace("EUR", "").replace("eur", "")
    raw = _SPACES.sub("", raw)
    if not raw:
        raise ValidationError(_("Enter an amount in euros, for example 30.000,50."), code="empty")
    if raw.startswith("-"):
        raise ValidationError(_("The amount cannot be negative."), code="negative")
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        if raw.count(",") > 1:
            raise ValidationError(_("“%(value)s” is not an amount in euros.") % {"value": text}, code="invalid")
        raw = raw.replace(",", ".")
    elif _GROUPED_DOTS.match(raw):
        raw = raw.replace(".", "")
    if not re.fullmatch(r"\d+(\.\d+)?", raw):
        raise ValidationError(_("“%(value)s” is not an amount in euros.") % {"value": text}, code="invalid")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(_("“%(value)s” is not an amount in euros.") % {"value": text}, code="invalid") from None
    if value.as_tuple().exponent < -2:
        raise ValidationError(_("Give at most two decimals (cents)."), code="precision")
    if value <= 0:
        raise ValidationError(_("The amount must be more than zero."), code="zero")
    if value >= Decimal("10000000000"):
        raise ValidationError(_("The amount is too large."), code="large")
    return value.quantize(CENT)


def vat(amount: Decimal) -> Decimal:
    return (amount * VAT_RATE).quantize(CENT, rounding=ROUND_HALF_UP)


def with_vat(amount: Decimal) -> Decimal:
    return amount.quantize(CENT) + vat(amount)


def format_eur(amount, language: str = "fr") -> str:
    """'45 000,00 €' (fr), '€ 45.000,00' (nl), 'EUR 45,000.00' (en); plain spaces so PDFs keep them."""
    amount = Decimal(amount or 0).quantize(CENT, rounding=ROUND_HALF_UP)
    whole, cents = f"{amount:,.2f}".split(".")
    if language == "nl":
        return f"€ {whole.replace(',', '.')},{cents}"
    if language == "en":
        return f"EUR {whole}.{cents}"
    return f"{whole.replace(',', ' ')},{cents} €"

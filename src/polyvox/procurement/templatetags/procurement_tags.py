"""Amounts in the reader's language, with VAT."""

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from polyvox.procurement.amounts import format_eur, vat, with_vat

register = template.Library()


@register.filter
def eur(amount):
    return format_eur(amount, (get_language() or "fr")[:2]) if amount is not None else "—"


@register.filter
def eur_vat(amount):
    return eur(vat(amount)) if amount is not None else "—"


@register.filter
def eur_total(amount):
    return eur(with_vat(amount)) if amount is not None else "—"


@register.filter
def brussels(moment):
    """A moment in Europe/Brussels time, e.g. 12/03/2026 17:00."""
    if not moment:
        return "—"
    return timezone.localtime(moment, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M")

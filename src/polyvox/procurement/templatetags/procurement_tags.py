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


@register.filter
def action_label(action):
    """The name of a recorded action in the reader's language."""
    from polyvox.procurement.workflow import ACTION_LABELS

    return ACTION_LABELS.get(action, action)


@register.filter
def state_label(state):
    from polyvox.procurement.models import ContractState, Membership

    labels = {**dict(ContractState.choices), **dict(Membership.State.choices)}
    return labels.get(state, state)


@register.filter
def specification_html(source):
    """A specification's Markdown, its headings moved two levels down to sit under the page's own."""
    import re

    from django.utils.safestring import mark_safe

    from polyvox.core.text import render_markdown

    html = render_markdown(str(source or ""))
    return mark_safe(re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 2, 6)}", html))

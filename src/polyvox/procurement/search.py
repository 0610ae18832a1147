"""The site search's providers of the framework contract (name, contact, description in every language)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from polyvox.core.search import Group, Hit, all_words_in, excerpt, language_versions, safe_url


def group(words: list[str], raw: str) -> Group:
    from polyvox.procurement.models import Provider

    found = Group("providers", _("Providers"))
    for provider in Provider.objects.select_related("organisation").prefetch_related("lots"):
        texts = [provider.organisation.name, provider.contact_name, *language_versions(provider, Provider)]
        if all_words_in(words, texts):
            lots = ", ".join(str(lot.number) for lot in provider.lots.all())
            meta = _("Lots: %(lots)s") % {"lots": lots} if lots else ""
            found.hits.append(Hit(provider.name, safe_url(provider), excerpt(provider.description), meta))
    found.count = len(found.hits)
    return found

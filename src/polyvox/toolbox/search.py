"""The site search's toolbox (families, methods, framework texts, thematic focuses) and glossary."""

from __future__ import annotations

from django.utils.translation import gettext as _

from polyvox.core.search import Group, Hit, excerpt, matching, safe_url


def group(words: list[str], raw: str) -> Group:
    from polyvox.toolbox.models import FocusArticle, FrameworkText, Method, MethodFamily

    found = Group("toolbox", _("Toolbox"))
    for family in matching(MethodFamily.objects.all(), words, MethodFamily):
        found.hits.append(Hit(family.name, safe_url(family), excerpt(family.summary), _("Method family")))
    for method in matching(Method.objects.select_related("family"), words, Method):
        url = safe_url(method.family)
        found.hits.append(Hit(method.name, f"{url}#{method.slug}" if url else "", excerpt(method.description), _("Method")))
    for text in matching(FrameworkText.objects.all(), words, FrameworkText):
        found.hits.append(Hit(text.title, safe_url(text), excerpt(text.body), _("General framework")))
    for article in matching(FocusArticle.objects.all(), words, FocusArticle):
        found.hits.append(Hit(article.title, safe_url(article), excerpt(article.summary or article.body), _("Thematic focus")))
    found.count = len(found.hits)
    return found


def glossary(words: list[str], raw: str) -> Group:
    from polyvox.toolbox.models import GlossaryTerm

    found = Group("glossary", _("Glossary"))
    for term in matching(GlossaryTerm.objects.all(), words, GlossaryTerm):
        found.hits.append(Hit(term.term, safe_url(term), excerpt(term.definition)))
    found.count = len(found.hits)
    return found

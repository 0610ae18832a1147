"""Toolbox pages: the index of the five sections, framework texts, method fiches, focus articles,
external resources and the glossary. Thin: the reading rules live in services.py."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from rules.contrib.views import permission_required

from polyvox.toolbox import services
from polyvox.toolbox.models import (
    ExternalResource, FocusArticle, FrameworkText, GlossaryTerm, Method, MethodFamily,
)

LADDER_SLUG = "principes-echelle-participation"


@permission_required("toolbox.view")
def index(request):
    return render(request, "toolbox/index.html", {
        "nav": "toolbox",
        "framework_texts": FrameworkText.objects.all(),
        "families": MethodFamily.objects.prefetch_related("methods"),
        "focus_articles": FocusArticle.objects.all(),
        "resources_count": ExternalResource.objects.count(),
        "glossary_count": GlossaryTerm.objects.count(),
    })


@permission_required("toolbox.view")
def framework(request, slug):
    text = get_object_or_404(FrameworkText, slug=slug)
    return render(request, "toolbox/framework.html", {
        "nav": "toolbox",
        "section": "framework",
        "text": text,
        "framework_texts": FrameworkText.objects.all(),
        "ladder": services.participation_ladder() if slug == LADDER_SLUG else None,
    })


@permission_required("toolbox.view")
def methods(request):
    families = MethodFamily.objects.prefetch_related(Prefetch("methods", queryset=Method.objects.order_by("name")))
    return render(request, "toolbox/methods.html", {"nav": "toolbox", "section": "methods", "families": families})


@permission_required("toolbox.view")
def family(request, slug):
    family = get_object_or_404(MethodFamily, slug=slug)
    families = list(MethodFamily.objects.all())
    position = [f.pk for f in families].index(family.pk)
    return render(request, "toolbox/family.html", {
        "nav": "toolbox",
        "section": "methods",
        "family": family,
        "families": families,
        "previous_family": families[position - 1] if position > 0 else None,
        "next_family": families[position + 1] if position + 1 < len(families) else None,
        "methods": family.methods.all(),
        "cases": services.visible_cases(family),
        "resources": family.resources.all(),
        "terms": family.glossary_terms.all(),
        "iap2": family.participation_level and services.ParticipationLevel.iap2(family.participation_level),
    })


@permission_required("toolbox.view")
def focus(request, slug):
    article = get_object_or_404(FocusArticle, slug=slug)
    return render(request, "toolbox/focus.html", {
        "nav": "toolbox",
        "section": "focus",
        "article": article,
        "others": FocusArticle.objects.exclude(pk=article.pk),
    })


@permission_required("toolbox.view")
def resources(request):
    return render(request, "toolbox/resources.html", {
        "nav": "toolbox",
        "section": "resources",
        "resources": ExternalResource.objects.select_related("family"),
    })


@permission_required("toolbox.view")
def glossary(request):
    letters = services.glossary_letters()
    return render(request, "toolbox/glossary.html", {
        "nav": "toolbox",
        "section": "glossary",
        "letters": letters,
        "count": sum(len(letter.terms) for letter in letters),
    })

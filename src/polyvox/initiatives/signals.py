"""Keep the inventory's version moving when something a cached list depends on changes outside an
initiative's own row (its themes, a theme's or a family's name...)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone


def touch_initiatives(sender, instance, action, reverse, pk_set, **kwargs):
    """Many-to-many changes (themes, methods...) do not save the initiative: move its `updated`."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from polyvox.initiatives.models import Initiative

    if reverse:
        if pk_set:
            Initiative.objects.filter(pk__in=pk_set).update(updated=timezone.now())
        else:
            _bump()
    elif instance.pk:
        Initiative.objects.filter(pk=instance.pk).update(updated=timezone.now())


def vocabulary_changed(sender, **kwargs):
    _bump()


def _bump():
    from polyvox.initiatives.filters import bump_generation

    bump_generation()


def connect():
    from polyvox.initiatives.models import DemocraticValue, Initiative, ParticipationAction, Theme
    from polyvox.places.models import Municipality
    from polyvox.toolbox.models import MethodFamily

    for field in ("themes", "methods", "participation_actions", "democratic_values", "providers"):
        m2m_changed.connect(touch_initiatives, sender=getattr(Initiative, field).through, dispatch_uid=f"initiatives-m2m-{field}")
    for model in (Theme, ParticipationAction, DemocraticValue, MethodFamily, Municipality):
        post_save.connect(vocabulary_changed, sender=model, dispatch_uid=f"initiatives-vocab-save-{model.__name__}")
        post_delete.connect(vocabulary_changed, sender=model, dispatch_uid=f"initiatives-vocab-delete-{model.__name__}")

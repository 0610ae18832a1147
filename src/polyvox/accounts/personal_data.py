"""Everything the platform holds about an account holder, as one JSON document (GDPR access and portability).

`export(user)` gathers the account itself, then every record of every app that points to the account
(found from the models' foreign keys, so that a new app's records are included without a change here),
then what the apps add for records that do not point to the account (`personal_data` contributions: the
citizens' panels the person volunteered for with this e-mail address, in the panels' own export, the one
volunteers download from the panel pages). Secrets (password hash, tokens' hashes, voting keys)
are left out: they are not information about the person.
"""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.utils import timezone

from polyvox.core.registry import collect

SECRET_FIELDS = {"password", "key_hash", "token", "voter_key", "voter_salt", "id_hash", "author_key"}
ACCOUNT_FIELDS = ("email", "display_name", "first_name", "last_name", "preferred_language", "email_confirmed", "is_active",
                  "date_joined", "last_login")


def export(user) -> dict:
    return {
        "format": "polyvox-personal-data/1",
        "generated_at": timezone.now().isoformat(),
        "account": {name: _value(getattr(user, name)) for name in ACCOUNT_FIELDS},
        "roles": [{"organisation": r.organisation.name, "role": r.role} for r in user.roles.select_related("organisation")],
        "records": linked_records(user),
        **{key: value for sections in collect("personal_data", user) for key, value in sections.items()},
    }


def linked_records(user) -> dict[str, list[dict]]:
    """Every row of every model with a foreign key to this account, by "app.model (field)"."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    found: dict[str, list[dict]] = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not (getattr(field, "many_to_one", False) or getattr(field, "one_to_one", False)) or not field.concrete:
                continue
            if field.related_model is not user_model or model is user_model:
                continue
            rows = [_row(obj) for obj in model._default_manager.filter(**{field.name: user}).order_by("pk")]
            if rows:
                found[f"{model._meta.label_lower} ({field.name})"] = rows
    return found


def _row(obj) -> dict:
    row = {}
    for field in obj._meta.concrete_fields:
        if field.name in SECRET_FIELDS:
            continue
        if isinstance(field, models.ForeignKey):
            related_id = getattr(obj, field.attname)
            row[field.name] = None if related_id is None else {"id": related_id, "name": str(getattr(obj, field.name))}
        else:
            row[field.name] = _value(getattr(obj, field.attname))
    return row


def _value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool, list, dict)) or value is None:
        return value
    if hasattr(value, "name") and hasattr(value, "url"):  # a stored file: its name, not its bytes
        return value.name or None
    return str(value)

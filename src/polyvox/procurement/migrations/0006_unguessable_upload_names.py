"""Offers and signed protocols move to random file names that no one can guess (the original name kept
in the database for the download); files stored before under their own names are moved."""

import re
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.db import migrations, models

import polyvox.procurement.models
from polyvox.core.media import unguessable_name

RANDOM_NAME = re.compile(r"^[0-9a-f]{32}(\.[a-z0-9]+)?$")


def _move(queryset, field, name_field, folder):
    for obj in queryset.exclude(**{field: ""}):
        stored = getattr(obj, field).name
        if RANDOM_NAME.match(PurePosixPath(stored).name):
            continue
        target = unguessable_name(folder, stored, ".pdf")
        if default_storage.exists(stored):
            with default_storage.open(stored, "rb") as handle:
                target = default_storage.save(target, handle)
            default_storage.delete(stored)
        setattr(obj, name_field, PurePosixPath(stored).name[:255])
        setattr(obj, field, target)
        obj.save(update_fields=[field, name_field])


def move_to_random_names(apps, schema_editor):
    _move(apps.get_model("procurement", "Offer").objects.all(), "document", "document_name", "procurement/offers")
    _move(apps.get_model("procurement", "Membership").objects.all(), "signed_document", "signed_document_name",
          "procurement/protocols")


class Migration(migrations.Migration):

    dependencies = [
        ('procurement', '0005_award_off_the_ranking'),
    ]

    operations = [
        migrations.AddField(
            model_name='membership',
            name='signed_document_name',
            field=models.CharField(blank=True, editable=False, max_length=255, verbose_name='file name of the signed protocol'),
        ),
        migrations.AddField(
            model_name='offer',
            name='document_name',
            field=models.CharField(blank=True, editable=False, max_length=255, verbose_name='file name of the document'),
        ),
        migrations.AlterField(
            model_name='membership',
            name='signed_document',
            field=models.FileField(blank=True, upload_to=polyvox.procurement.models.protocol_path, verbose_name='signed protocol (PDF)'),
        ),
        migrations.AlterField(
            model_name='offer',
            name='document',
            field=models.FileField(blank=True, upload_to=polyvox.procurement.models.offer_path, verbose_name='document (PDF)'),
        ),
        migrations.RunPython(move_to_random_names, migrations.RunPython.noop),
    ]

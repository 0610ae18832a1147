"""Ballots get a receipt (`reference`, unique, unguessable) and a state (valid / annulled)."""

from django.db import migrations, models

import polyvox.budgets.models


def give_references(apps, schema_editor):
    Ballot = apps.get_model("budgets", "Ballot")
    taken = set()
    for ballot in Ballot.objects.filter(reference__isnull=True).only("pk").iterator():
        reference = polyvox.budgets.models.new_ballot_reference()
        while reference in taken:
            reference = polyvox.budgets.models.new_ballot_reference()
        taken.add(reference)
        Ballot.objects.filter(pk=ballot.pk).update(reference=reference)


class Migration(migrations.Migration):
    dependencies = [("budgets", "0002_voter_admission")]

    operations = [
        migrations.AddField(
            model_name="ballot", name="reference",
            field=models.CharField(editable=False, max_length=16, null=True, verbose_name="ballot reference"),
        ),
        migrations.RunPython(give_references, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="ballot", name="reference",
            field=models.CharField(default=polyvox.budgets.models.new_ballot_reference, editable=False, max_length=16, unique=True,
                                   verbose_name="ballot reference"),
        ),
        migrations.AddField(
            model_name="ballot", name="state",
            field=models.CharField(choices=[("valid", "valid"), ("annulled", "annulled")], db_index=True, default="valid",
                                   max_length=10, verbose_name="state"),
        ),
    ]

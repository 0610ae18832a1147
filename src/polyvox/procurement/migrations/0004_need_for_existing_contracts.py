"""Each subsequent contract recorded before needs could cover several lots gets its own one-lot Need."""

from django.db import migrations


def forwards(apps, schema_editor):
    Need = apps.get_model("procurement", "Need")
    SubsequentContract = apps.get_model("procurement", "SubsequentContract")
    for contract in SubsequentContract.objects.filter(need_record__isnull=True).order_by("created_at", "pk"):
        need = Need.objects.create(framework_id=contract.framework_id, organisation_id=contract.organisation_id, title=contract.title,
                                   description=contract.need, created_by_id=contract.created_by_id, created_at=contract.created_at)
        SubsequentContract.objects.filter(pk=contract.pk).update(need_record=need)


class Migration(migrations.Migration):
    dependencies = [("procurement", "0003_need_several_lots")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]

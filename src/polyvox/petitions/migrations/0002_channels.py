from django.db import migrations


def install(apps, schema_editor):
    from polyvox.petitions.channels import install as install_channels

    install_channels(apps.get_model("petitions", "Channel"))


class Migration(migrations.Migration):
    dependencies = [("petitions", "0001_initial")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]

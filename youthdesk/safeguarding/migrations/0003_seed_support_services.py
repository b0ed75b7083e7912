"""Seed the national support-services directory from data/services.json."""

from django.db import migrations


def seed(apps, schema_editor):
    from youthdesk.safeguarding.directory import services_seed

    services_seed(model=apps.get_model("safeguarding", "SupportService"))


class Migration(migrations.Migration):
    dependencies = [("safeguarding", "0002_escalations_outbox_directory")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

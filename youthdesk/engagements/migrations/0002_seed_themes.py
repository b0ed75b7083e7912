from django.db import migrations


def seed(apps, schema_editor):
    from youthdesk.engagements.taxonomy import themes_apply

    themes_apply(theme_model=apps.get_model("engagements", "Theme"))


class Migration(migrations.Migration):
    dependencies = [("engagements", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

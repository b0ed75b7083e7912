# The weekly theme roll-up becomes national (week x channel x contact type x theme). It holds only derived
# figures, so it is dropped and recreated; run `youthdesk insights_rebuild` to refill it.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('insights', '0002_weeklytheme'),
    ]

    operations = [
        migrations.DeleteModel(name='WeeklyTheme'),
        migrations.CreateModel(
            name='WeeklyTheme',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('week_start', models.DateField()),
                ('channel', models.CharField(max_length=20)),
                ('contact_type', models.CharField(max_length=20)),
                ('theme', models.SlugField(max_length=120)),
                ('engagements', models.PositiveIntegerField(default=0)),
                ('improved', models.PositiveIntegerField(default=0)),
                ('same', models.PositiveIntegerField(default=0)),
                ('worse', models.PositiveIntegerField(default=0)),
            ],
            options={
                'indexes': [models.Index(fields=['week_start'], name='weekly_theme_week')],
                'constraints': [models.UniqueConstraint(fields=('week_start', 'channel', 'contact_type', 'theme'), name='weekly_theme_cell')],
            },
        ),
    ]

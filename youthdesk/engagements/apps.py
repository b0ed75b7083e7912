from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _themes_seed(sender, app_config=None, apps=None, using="default", **kwargs):
    """Put back any missing seed theme after migrate or flush (idempotent; supervisors' edits are kept).

    The data migration seeds the taxonomy once, but a flush (as between transactional tests) empties it;
    Django sends post_migrate after a flush, as it does to restore content types.
    """
    if app_config is None or app_config.label != "engagements":
        return
    if apps is None:  # flush sends the signal without the migration state
        from django.apps import apps
    try:
        theme_model = apps.get_model("engagements", "Theme")
    except LookupError:  # migrated back to before the Theme table existed
        return
    from youthdesk.engagements.taxonomy import themes_apply

    if not theme_model.objects.using(using).exists():
        themes_apply(theme_model=theme_model)


class EngagementsConfig(AppConfig):
    name = "youthdesk.engagements"
    label = "engagements"

    def ready(self):
        post_migrate.connect(_themes_seed, sender=self, dispatch_uid="engagements.themes_seed")

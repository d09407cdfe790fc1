from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "gcmhub.hub"
    label = "hub"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from gcmhub.hub import signals  # noqa: F401

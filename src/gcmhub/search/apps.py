from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "gcmhub.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from gcmhub.search import signals  # noqa: F401

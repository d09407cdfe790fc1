from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "gcmhub.practices"
    verbose_name = "Practices"

    def ready(self) -> None:
        from gcmhub.practices import signals  # noqa: F401  (connects the index bumps)

from django.apps import AppConfig


class ReferenceConfig(AppConfig):
    name = "gcmhub.reference"
    verbose_name = "GCM reference data"

from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "gcmhub.documents"
    verbose_name = "Source documents"

"""``gcmhub serve``: the web app on gunicorn, static files collected and served by WhiteNoise."""

from __future__ import annotations

import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the web app on a production server (gunicorn), debug off unless configured."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=min(4, (os.cpu_count() or 1) + 1))

    def handle(self, *args, host: str, port: int, workers: int, **options) -> None:
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(
            f"gcmhub on http://{host}:{port}/ (debug {'on' if settings.DEBUG else 'off'})"
        )
        self.stdout.flush()
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "gcmhub.wsgi:application",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--access-logfile",
            "-",
            "--forwarded-allow-ips",
            "127.0.0.1",
        ]
        os.execv(sys.executable, argv)

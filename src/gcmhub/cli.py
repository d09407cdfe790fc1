"""The ``gcmhub`` command: Django's management commands with gcmhub's settings.

``gcmhub init``, ``ingest``, ``export``, ``serve`` and friends are management commands of the
apps, so they share argument parsing, help and error handling (errors on stderr, exit 1).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gcmhub.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["gcmhub", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()

"""Bulk-load synthetic practices into the configured database (used by the benchmarks)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def fill(payload_path: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gcmhub.settings")
    import django

    django.setup()
    from django.db import transaction

    from gcmhub.practices.models import Practice, PracticeObjective
    from gcmhub.practices.versioning import bump_version
    from gcmhub.reference import data
    from gcmhub.reference.models import Region

    rows = json.loads(Path(payload_path).read_text())
    regions = {r.m49: r.pk for r in Region.objects.filter(kind=Region.M49)}
    t0 = time.perf_counter()
    with transaction.atomic():
        Practice.objects.bulk_create(
            (
                Practice(
                    uid=r["id"],
                    title=r["title"],
                    text=r["text"],
                    status="published",
                    start_year=r["start_year"],
                    end_year=r["end_year"],
                    scope=r["scope"],
                    practice_type=r["practice_type"],
                    language="en",
                )
                for r in rows
            ),
            batch_size=5000,
        )
        ids = dict(Practice.objects.values_list("uid", "id"))
        PracticeObjective.objects.bulk_create(
            (
                PracticeObjective(practice_id=ids[r["id"]], objective_id=o, rank=k)
                for r in rows
                for k, o in enumerate(r["objectives"])
            ),
            batch_size=5000,
        )
        links = {
            "countries": ("country_id", "countries"),
            "actors": ("actortype_id", "actors"),
            "principles": ("principle_id", "principles"),
        }
        for relation, (column, key) in links.items():
            through = getattr(Practice, relation).through
            through.objects.bulk_create(
                (through(practice_id=ids[r["id"]], **{column: v}) for r in rows for v in r[key]),
                batch_size=5000,
            )
        through = Practice.regions.through
        through.objects.bulk_create(
            (
                through(practice_id=ids[r["id"]], region_id=regions[data.COUNTRY_M49[c]])
                for r in rows
                for c in r["countries"][:1]
                if data.COUNTRY_M49.get(c) in regions
            ),
            batch_size=5000,
        )
        bump_version()
    print(f"inserted {len(rows):,} practices in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

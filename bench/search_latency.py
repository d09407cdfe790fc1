"""Benchmark: search latency on 100,000 practices, gcmhub against Datasette, in one run.

Fills a fresh SQLite hub with synthetic practices (texts drawn from a skewed vocabulary of
this field, so one-word queries such as "migrants" match most rows: the hard case) and stored
random unit vectors of the model's shape (384 floats; embedding 100k texts on 2 cores would take
most of an hour and does not change query cost). Serves it with ``gcmhub serve`` and the same
rows with ``datasette`` (an FTS5 table on title and text, indexes on the faceted columns), then
times, one client at a time, a mix of broad, medium and narrow queries:

- gcmhub ``/api/v1/search`` keyword and hybrid, without and with three facet filters
  (objective, country, actor); every response carries the counts of all ten facets; keyword
  both with the default in-memory engine and with ``GCMHUB_SEARCH_ENGINE=database`` (FTS5);
- Datasette's full-text search (``_search``) with ``_facet`` on objective, country and actor,
  without and with the same filters;
- the bare FTS5 query (ranked, top 20) in-process, as the floor, and with one facet count.

Prints p50/p95 in ms, the p95 ratios, and the resident memory of each server.

    python bench/search_latency.py [--practices 100000] [--requests 120]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browse  # noqa: E402  (the browse benchmark's fill and serving helpers)

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "migrants",  # broad: most rows
    "workers",
    "children",
    "detention",
    "children detention",
    "recruitment fees",
    "labour migration data",
    "community case management",
    "remittances diaspora",
    "birth registration",
    "alternatives to detention for children",
    "consular assistance abroad",
]
WORDS = [
    "migrants",
    "migrant",
    "workers",
    "children",
    "detention",
    "alternatives",
    "community",
    "case",
    "management",
    "labour",
    "recruitment",
    "fees",
    "ethical",
    "remittances",
    "diaspora",
    "return",
    "reintegration",
    "border",
    "governance",
    "data",
    "statistics",
    "census",
    "trafficking",
    "smuggling",
    "victims",
    "protection",
    "rights",
    "health",
    "education",
    "skills",
    "recognition",
    "integration",
    "social",
    "cohesion",
    "xenophobia",
    "discrimination",
    "women",
    "gender",
    "youth",
    "family",
    "reunification",
    "consular",
    "assistance",
    "abroad",
    "documents",
    "identity",
    "birth",
    "registration",
    "climate",
    "disaster",
    "displacement",
    "regular",
    "pathways",
    "visa",
    "permit",
    "regularisation",
    "access",
    "services",
    "justice",
    "legal",
    "aid",
    "counselling",
    "shelter",
    "housing",
    "training",
    "employment",
    "ministry",
    "municipality",
    "city",
    "programme",
    "policy",
    "partnership",
    "national",
    "local",
    "regional",
    "global",
    "cooperation",
    "dialogue",
    "capacity",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=120, help="timed requests per workload")
    parser.add_argument("--warmup", type=int, default=12)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="gcmhub-search-bench-"))
    env = {**os.environ, "GCMHUB_DATA_DIR": str(workdir), "GCMHUB_DATABASE_URL": ""}
    try:
        t0 = time.perf_counter()
        subprocess.run(
            [browse.BIN / "gcmhub", "init"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        rows = synthetic_rows(args.practices)
        browse.fill_gcmhub(rows, env)
        fill_vectors(env)
        datasette_db = workdir / "bench.db"
        browse.fill_datasette(rows, datasette_db)
        add_fts(datasette_db)
        print(f"filled {args.practices:,} practices in {time.perf_counter() - t0:.0f} s")
        country = browse.max_key(r["countries"][0] for r in rows)
        filters = {"objective": "13", "country": country, "actor": "civil-society"}
        floor = bare_fts(datasette_db, args.requests)
        database_engine = {**env, "GCMHUB_SEARCH_ENGINE": "database"}
        with (
            browse.serve_gcmhub(env) as ours,
            browse.serve_gcmhub(database_engine) as ours_db,
            browse.serve_datasette(datasette_db) as theirs,
        ):
            results = run(ours, ours_db, theirs, filters, args.requests, args.warmup)
            memory = {
                "gcmhub memory engine (2 workers)": tree_rss(ours),
                "gcmhub database engine (2 workers)": tree_rss(ours_db),
                "Datasette": tree_rss(theirs),
            }
        report(results, floor, memory, args.practices)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def synthetic_rows(n: int, seed: int = 11) -> list[dict]:
    """The browse benchmark's skewed tags, with titles and texts of 40-80 field words."""
    rows = browse.synthetic_rows(n, seed)
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(WORDS))]
    for row in rows:
        row["title"] = " ".join(rng.choices(WORDS, weights, k=rng.randint(4, 8))).capitalize()
        row["text"] = " ".join(rng.choices(WORDS, weights, k=rng.randint(40, 80))) + "."
    return rows


def fill_vectors(env: dict) -> None:
    """Random unit vectors of the model's shape, stored as the hub stores real ones."""
    code = """
import os, django, numpy as np
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gcmhub.settings"); django.setup()
from django.db import transaction
from gcmhub.practices.models import Practice
from gcmhub.practices.versioning import bump_version
from gcmhub.search import embedding
from gcmhub.search.models import PracticeVector
rng = np.random.default_rng(5)
model = embedding.model_name()
ids = list(Practice.objects.values_list("id", flat=True))
with transaction.atomic():
    for lo in range(0, len(ids), 5000):
        chunk = ids[lo:lo + 5000]
        v = rng.standard_normal((len(chunk), embedding.DIMENSIONS)).astype("<f4")
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        PracticeVector.objects.bulk_create(
            PracticeVector(practice_id=pk, model=model, digest="synthetic", vector=row.tobytes())
            for pk, row in zip(chunk, v)
        )
    bump_version()
"""
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def add_fts(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute(
        # content="practices" in double quotes: how Datasette recognises a table's FTS index.
        'create virtual table practices_fts using fts5(title, text, content="practices",'
        " content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("insert into practices_fts(practices_fts) values ('rebuild')")
    db.commit()
    db.close()


def bare_fts(path: Path, requests: int) -> dict:
    """The floor: FTS5 alone, ranked top 20; and with one facet count over the matches."""
    db = sqlite3.connect(path)
    top = "select rowid from practices_fts where practices_fts match ? order by rank limit 20"
    facet = (
        "select objective, count(*) from practices where rowid in (select rowid from"
        " practices_fts where practices_fts match ?) group by objective"
    )
    out = {}
    for name, sqls in (("bare FTS5 top 20", [top]), ("bare FTS5 + 1 facet count", [top, facet])):
        latencies = []
        for i in range(requests):
            q = fts_query(QUERIES[i % len(QUERIES)])
            t0 = time.perf_counter()
            for sql in sqls:
                db.execute(sql, (q,)).fetchall()
            latencies.append((time.perf_counter() - t0) * 1000)
        out[name] = browse.percentiles(latencies)
    db.close()
    return out


def plain(q: str) -> str:
    """The query's words without the stop words (Datasette, like us, ANDs the rest)."""
    return " ".join(w for w in q.split() if w not in {"to", "for"})


def fts_query(q: str) -> str:
    """The words as quoted FTS5 strings, as Datasette escapes ``_search``."""
    return " ".join(f'"{w}"' for w in plain(q).split())


def run(ours: int, ours_db: int, theirs: int, filters: dict, requests: int, warmup: int) -> dict:
    facets = "_facet=objective&_facet=country&_facet=actor"
    picked = urlencode(filters)
    workloads = {}
    for mode in ("keyword", "hybrid"):
        for label, extra in (("no filter", ""), ("3 filters", "&" + picked)):
            paths = [
                f"/api/v1/search?{urlencode({'q': q, 'mode': mode, 'limit': 20})}{extra}"
                for q in QUERIES
            ]
            workloads[(f"gcmhub {mode}", label)] = (ours, paths)
            if mode == "keyword":
                workloads[("gcmhub keyword, FTS5 engine", label)] = (ours_db, paths)
    for label, extra in (("no filter", ""), ("3 filters", "&" + picked)):
        paths = [
            f"/bench/practices.json?{urlencode({'_search': plain(q)})}&{facets}&_size=20{extra}"
            for q in QUERIES
        ]
        workloads[("Datasette FTS + 3 facets", label)] = (theirs, paths)
    return {
        key: browse.timed(port, paths, requests, warmup) for key, (port, paths) in workloads.items()
    }


def tree_rss(port: int) -> str:
    """Resident memory of the processes listening on ``port`` and their children, in MB."""
    out = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True)
    pids = {int(p.split("=")[1]) for p in out.stdout.replace(",", " ").split() if "pid=" in p}
    children = set()
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid in pids:
                children.add(int(proc.name))
    total = 0
    for pid in pids | children:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return f"{total / 1024:.0f} MB" if total else "unknown"


def report(results: dict, floor: dict, memory: dict, n: int) -> None:
    print(f"\nSearch latency, {n:,} practices, one client, SQLite, {len(QUERIES)} queries mixed")
    print(f"{'workload':<28} {'filters':<10} {'p50 ms':>8} {'p95 ms':>8}")
    for name, r in floor.items():
        print(f"{name:<28} {'none':<10} {r['p50']:8.1f} {r['p95']:8.1f}")
    for (who, which), r in results.items():
        print(f"{who:<28} {which:<10} {r['p50']:8.1f} {r['p95']:8.1f}")
    theirs = "Datasette FTS + 3 facets"
    print("\np95 ratio gcmhub keyword / Datasette (target <= 0.5):")
    for which in ("no filter", "3 filters"):
        ratio = results[("gcmhub keyword", which)]["p95"] / results[(theirs, which)]["p95"]
        print(f"  {which}: {ratio:.2f}")
    print("\nresident memory after the run: " + ", ".join(f"{k} {v}" for k, v in memory.items()))


if __name__ == "__main__":
    main()

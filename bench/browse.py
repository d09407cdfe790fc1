"""Benchmark: the practice list with facets on 100,000 practices, gcmhub against Datasette.

Fills a fresh SQLite database with synthetic practices skewed over countries and objectives
(Zipf-like, as real data is), serves it with ``gcmhub serve`` (gunicorn), builds a Datasette
database of the same rows (primary objective, country and actor as columns) and serves it with
``datasette``, then times in one run, one client at a time:

- the list unfiltered and filtered (objective 13 and the most frequent country), as the HTML page
  and through the JSON API, with facets on objective, country and actor;
- the same two requests against Datasette (``_facet=objective&_facet=country&_facet=actor``).

Prints p50/p95/p99 latency in ms and requests/s for each, and our p95 over Datasette's.

    python bench/browse.py [--practices 100000] [--requests 200]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ACTORS = [
    "national-government",
    "civil-society",
    "local-authority",
    "international-organization",
    "migrants-diaspora",
    "academia",
    "private-sector",
    "faith-based",
    "trade-union",
    "nhri",
    "parliament",
    "media",
    "red-cross-red-crescent",
]
PRINCIPLES = [
    "human-rights",
    "whole-of-society",
    "whole-of-government",
    "child-sensitive",
    "gender-responsive",
    "people-centred",
    "international-cooperation",
    "rule-of-law",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per URL")
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="gcmhub-bench-"))
    env = {**os.environ, "GCMHUB_DATA_DIR": str(workdir), "GCMHUB_DATABASE_URL": ""}
    try:
        t0 = time.perf_counter()
        subprocess.run([BIN / "gcmhub", "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        rows = synthetic_rows(args.practices)
        fill_gcmhub(rows, env)
        datasette_db = workdir / "bench.db"
        fill_datasette(rows, datasette_db)
        print(f"filled {len(rows):,} practices in {time.perf_counter() - t0:.0f} s")
        top_country = max_key(r["countries"][0] for r in rows)
        filters = {"objective": "13", "country": top_country}
        with serve_gcmhub(env) as ours, serve_datasette(datasette_db) as theirs:
            results = run_workloads(ours, theirs, filters, args.requests, args.warmup)
        report(results, args.practices)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def synthetic_rows(n: int, seed: int = 7) -> list[dict]:
    """Practices whose countries and objectives follow a Zipf-like skew."""
    import pycountry

    rng = random.Random(seed)
    countries = sorted(c.alpha_2 for c in pycountry.countries)
    rng.shuffle(countries)
    country_weights = [1 / (i + 1) ** 1.1 for i in range(len(countries))]
    objectives = list(range(1, 24))
    rng.shuffle(objectives)
    objective_weights = [1 / (i + 1) ** 0.9 for i in range(23)]
    rows = []
    for i in range(n):
        start = rng.randint(1995, 2025)
        rows.append(
            {
                "id": f"b{i:06d}",
                "title": f"Synthetic practice {i}",
                "text": f"Synthetic practice number {i} for benchmarking.",
                "objectives": unique(
                    rng.choices(objectives, objective_weights, k=rng.randint(1, 3))
                ),
                "countries": unique(rng.choices(countries, country_weights, k=rng.randint(1, 2))),
                "actors": unique(rng.choices(ACTORS, k=rng.randint(1, 3))),
                "principles": unique(rng.choices(PRINCIPLES, k=rng.randint(0, 2))),
                "start_year": start,
                "end_year": None if rng.random() < 0.4 else min(2026, start + rng.randint(0, 8)),
                "scope": rng.choice(["local", "national", "regional", "global"]),
                "practice_type": rng.choice(["policy", "programme", "service", "partnership"]),
            }
        )
    return rows


def unique(values: list) -> list:
    return list(dict.fromkeys(values))


def max_key(values) -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.get)


def fill_gcmhub(rows: list[dict], env: dict) -> None:
    """Bulk-insert through the ORM in a child process that uses the bench's database."""
    payload = Path(env["GCMHUB_DATA_DIR"]) / "rows.json"
    payload.write_text(json.dumps(rows))
    bench = str(ROOT / "bench")
    code = f"import sys; sys.path.insert(0, {bench!r}); import fill; fill.fill({str(payload)!r})"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def fill_datasette(rows: list[dict], path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute(
        "create table practices (id text primary key, title text, text text, objective integer,"
        " country text, actor text, start_year integer, end_year integer, scope text,"
        " practice_type text)"
    )
    db.executemany(
        "insert into practices values (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                r["id"],
                r["title"],
                r["text"],
                r["objectives"][0],
                r["countries"][0],
                r["actors"][0],
                r["start_year"],
                r["end_year"],
                r["scope"],
                r["practice_type"],
            )
            for r in rows
        ],
    )
    # Give Datasette its best case: an index per faceted column, as a publisher would add.
    for column in ("objective", "country", "actor"):
        db.execute(f"create index practices_{column} on practices ({column})")
    db.commit()
    db.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(argv: list, env: dict, port: int, ready_path: str):
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, ready_path, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


def wait_until_up(port: int, path: str, process, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            status, _ = fetch(http.client.HTTPConnection("127.0.0.1", port, timeout=60), path)
            if status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server on port {port} did not come up")


@contextmanager
def serve_gcmhub(env: dict):
    port = free_port()
    argv = [BIN / "gcmhub", "serve", "--port", str(port), "--workers", "2"]
    with serving(argv, env, port, "/practices/") as p:
        yield p


@contextmanager
def serve_datasette(path: Path):
    port = free_port()
    argv = [
        BIN / "datasette",
        "serve",
        "--immutable",
        str(path),
        "--port",
        str(port),
        # Facets must be computed, not cut off at the 200 ms default, for the figures to mean
        # the same thing; suggested facets are turned off, as they are extra work we don't do.
        "--setting",
        "facet_time_limit_ms",
        "1000",
        "--setting",
        "suggest_facets",
        "off",
        "--setting",
        "sql_time_limit_ms",
        "5000",
    ]
    with serving(argv, dict(os.environ), port, "/bench/practices.json?_size=1") as p:
        yield p


def fetch(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def timed(port: int, path: str | list[str], requests: int, warmup: int) -> dict:
    """Latency of ``requests`` GETs of ``path`` (a list is cycled through), after ``warmup``."""
    paths = [path] if isinstance(path, str) else path
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for i in range(max(warmup, len(paths))):
        status, _body = fetch(connection, paths[i % len(paths)])
        if status != 200:
            raise RuntimeError(f"{paths[i % len(paths)]} answered {status}")
    latencies = []
    started = time.perf_counter()
    for i in range(requests):
        t0 = time.perf_counter()
        status, _body = fetch(connection, paths[i % len(paths)])
        latencies.append((time.perf_counter() - t0) * 1000)
        if status != 200:
            raise RuntimeError(f"{paths[i % len(paths)]} answered {status}")
    return {**percentiles(latencies), "rps": requests / (time.perf_counter() - started)}


def percentiles(latencies: list[float]) -> dict:
    latencies = sorted(latencies)
    return {
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "p99": latencies[int(0.99 * (len(latencies) - 1))],
    }


def run_workloads(ours: int, theirs: int, filters: dict, requests: int, warmup: int) -> dict:
    facets = "_facet=objective&_facet=country&_facet=actor"
    query = urlencode(filters)
    workloads = {
        ("gcmhub page", "unfiltered"): (ours, "/practices/"),
        ("gcmhub page", "filtered"): (ours, f"/practices/?{query}"),
        ("gcmhub API", "unfiltered"): (ours, "/api/v1/practices"),
        ("gcmhub API", "filtered"): (ours, f"/api/v1/practices?{query}"),
        ("Datasette page", "unfiltered"): (theirs, f"/bench/practices?{facets}"),
        ("Datasette page", "filtered"): (theirs, f"/bench/practices?{query}&{facets}"),
        ("Datasette JSON", "unfiltered"): (theirs, f"/bench/practices.json?{facets}"),
        ("Datasette JSON", "filtered"): (theirs, f"/bench/practices.json?{query}&{facets}"),
    }
    return {key: timed(port, path, requests, warmup) for key, (port, path) in workloads.items()}


def report(results: dict, n: int) -> None:
    print(f"\nPractice list with facets, {n:,} practices, one client, SQLite")
    print(f"{'workload':<16} {'filter':<11} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8}")
    for (who, which), r in results.items():
        print(
            f"{who:<16} {which:<11} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f} {r['rps']:8.1f}"
        )
    print("\np95 ratio gcmhub / Datasette (target <= 0.70):")
    for ours, theirs in (("gcmhub page", "Datasette page"), ("gcmhub API", "Datasette JSON")):
        for which in ("unfiltered", "filtered"):
            ratio = results[(ours, which)]["p95"] / results[(theirs, which)]["p95"]
            print(f"  {ours} vs {theirs}, {which}: {ratio:.2f}")


if __name__ == "__main__":
    main()

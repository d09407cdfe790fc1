"""Benchmark: matching quality of the hub on a synthetic scenario, full matcher vs keywords.

Builds the scenario of ``bench/hub_scenario.py`` (organisations, 300+ offers and 100+ requests
in English, French and Spanish, where the right offers are known by rule and decoys share
words but not needs, or break one hard constraint), loads it into a scratch SQLite hub with the
same code as ``gcmhub hub load``, matches every request and prints, in one run:

- Recall@5 and MRR over offers and experts, for the full matcher and for the keyword-only
  baseline (BM25 over the texts, no constraint), overall, per request language, and for
  requests whose objectives were inferred;
- the same for the mixed list ``gcmhub hub match`` prints (offers, experts, peer States and
  practices together; the sample corpus is ingested so practices compete): are the right
  offers still in its first 5?
- how many of the top 5 break a hard constraint (language, support kind, region);
- load, embedding and matching times.

    python bench/hub_matching.py [--seed 7] [--scenario FILE --gold FILE] [--verbose]

``--scenario``/``--gold`` evaluate another scenario in the same formats (a hub file and a JSON
object mapping each request id to its relevant offer ids).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
K = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scenario", type=Path, help="a hub file (JSON Lines) to evaluate")
    parser.add_argument("--gold", type=Path, help="its judgments: {request id: [offer ids]}")
    parser.add_argument("--verbose", action="store_true", help="print each miss")
    args = parser.parse_args()
    if args.scenario:
        lines = args.scenario.read_text(encoding="utf-8").splitlines()
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
    else:
        from hub_scenario import build

        scenario = build(args.seed)
        lines = [json.dumps(line, ensure_ascii=False) for line in scenario.lines]
        gold = scenario.gold
    with tempfile.TemporaryDirectory() as workdir:
        os.environ["GCMHUB_DATA_DIR"] = workdir
        os.environ.pop("GCMHUB_DATABASE_URL", None)
        run(lines, gold, args.verbose)


def run(lines: list[str], gold: dict[str, list[str]], verbose: bool) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gcmhub.settings")
    django.setup()
    from django.core.management import call_command

    from gcmhub.hub import service
    from gcmhub.hub.loading import load_lines
    from gcmhub.hub.matching import FULL, KEYWORD_ONLY, Place, admissible
    from gcmhub.hub.models import SupportRequest
    from gcmhub.hub.vectors import sync_offers, sync_requests

    call_command("init", verbosity=0)
    # the sample corpus, so practices and mentor States compete in the mixed list
    call_command("ingest", str(ROOT / "examples"), stdout=io.StringIO())
    started = time.perf_counter()
    result = load_lines(lines)
    if not result.ok:
        sys.exit("the scenario does not load:\n" + "\n".join(result.errors[:20]))
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    embedded = sync_offers()
    embedded_requests = sync_requests()  # as gcmhub hub load does
    embedding = time.perf_counter() - started
    requests = list(
        SupportRequest.objects.filter(external_id__in=gold).prefetch_related("objectives")
    )
    index = service.hub_index()
    by_id = dict(zip((p.id for p in index.providers), index.providers, strict=True))
    print(
        f"scenario: {sum(result.created.values())} rows loaded in {loaded:.1f} s "
        f"({result.created['offer'] + result.created['expert']} offers and experts, "
        f"{result.created['request']} requests, objectives inferred for {result.inferred}); "
        f"{embedded} offers and {embedded_requests} requests embedded in {embedding:.1f} s\n"
    )
    table: dict[str, dict[str, list[tuple[float, float, int]]]] = {
        "full": {},
        "keyword": {},
        "mixed": {},
    }
    times = []
    for request in requests:
        relevant = set(gold[request.external_id])
        need = service.need_of(request)
        place = Place.of(need)
        language = request.languages[0] if request.languages else "?"
        groups = [
            "all",
            f"lang:{language}",
            "inferred" if request.objectives_inferred else "listed",
        ]
        runs = (
            ("full", FULL, ("offer", "expert")),
            ("keyword", KEYWORD_ONLY, ("offer", "expert")),
            ("mixed", FULL, service.KINDS),  # the list `gcmhub hub match` prints
        )
        for name, weights, kinds in runs:
            started = time.perf_counter()
            found = service.match(request, limit=K, kinds=kinds, weights=weights)
            if name == "full":
                times.append(time.perf_counter() - started)
            top = [s.id for s in found[:K] if s.kind in ("offer", "expert")]
            hits = len(relevant & set(top))
            recall = hits / min(len(relevant), K)
            rank = next((i for i, x in enumerate(top, 1) if x in relevant), None)
            broken = sum(not admissible(need, by_id[x], place) for x in top if x in by_id)
            for group in groups:
                table[name].setdefault(group, []).append(
                    (recall, 1 / rank if rank else 0.0, broken)
                )
            if verbose and name == "full" and recall < 1:
                print(f"  miss {request.external_id}: relevant {sorted(relevant)} top {top}")
    print(
        f"{'group':<12} {'n':>4}  {'full R@5':>9} {'full MRR':>9}  {'kw R@5':>7} {'kw MRR':>7}  "
        f"{'mixed R@5':>9} {'mixed MRR':>9}"
        f"  {'broken in top 5 (full/kw)':>25}"
    )
    order = ["all", "listed", "inferred"] + sorted(g for g in table["full"] if g.startswith("lang"))
    for group in order:
        if group not in table["full"]:
            continue
        full, kw = table["full"][group], table["keyword"][group]
        mixed = table["mixed"][group]
        print(
            f"{group:<12} {len(full):>4}  {_mean(full, 0):>9.3f} {_mean(full, 1):>9.3f}  "
            f"{_mean(kw, 0):>7.3f} {_mean(kw, 1):>7.3f}  "
            f"{_mean(mixed, 0):>9.3f} {_mean(mixed, 1):>9.3f}  "
            f"{sum(x[2] for x in full):>12} / {sum(x[2] for x in kw):<10}"
        )
    ms = sorted(t * 1000 for t in times)
    print(
        f"\nmatching time per request ({len(index.providers)} offers, model loaded): "
        f"p50 {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms"
    )


def _mean(rows: list[tuple[float, float, int]], i: int) -> float:
    return sum(r[i] for r in rows) / len(rows) if rows else 0.0


if __name__ == "__main__":
    main()

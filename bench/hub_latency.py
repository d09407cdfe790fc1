"""Benchmark: time to match one request against 10,000 offers.

Fills a scratch SQLite hub with N offers (default 10,000) whose texts and embeddings come from
the synthetic scenario (``bench/hub_scenario.py``; each vector jittered so no two are equal) and
whose objectives, languages, regions and kinds of support are drawn at random, then loads the
scenario's 120 requests and times, one request at a time, with the model loaded:

- building the in-memory index (once per data version, after any change to offers);
- matching offers and experts (what ``gcmhub hub match --kind offer --kind expert`` does)
  with the request's embedding computed on the spot, and stored (as ``hub load`` and the
  request form leave it);
- the full match: offers, experts, peer States and practices.

Prints p50/p95/max in ms.

    python bench/hub_latency.py [--offers 10000]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
LANGUAGES = ["en", "es", "fr", "ar", "pt", "ru"]
KINDS = ["technical-advice", "peer-exchange", "training", "data", "funding", "legal-drafting"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--offers", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        os.environ["GCMHUB_DATA_DIR"] = workdir
        os.environ.pop("GCMHUB_DATABASE_URL", None)
        run(args.offers)


def run(n_offers: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gcmhub.settings")
    django.setup()
    from django.core.management import call_command

    from gcmhub.hub import service
    from gcmhub.hub.forms import region_choices
    from gcmhub.hub.loading import load_lines
    from gcmhub.hub.models import Offer, SupportRequest
    from gcmhub.hub.signals import bump_version
    from gcmhub.hub.vectors import _key, offer_passage
    from gcmhub.search.embedding import embed_passages
    from hub_scenario import build

    call_command("init", verbosity=0)
    call_command("ingest", str(ROOT / "examples"), stdout=io.StringIO())
    scenario = build(7)
    kept = [json.dumps(x) for x in scenario.lines if x["type"] in ("organisation", "request")]
    result = load_lines(kept)
    assert result.ok, result.errors[:5]
    texts = sorted({x["text"] for x in scenario.lines if x["type"] in ("offer", "expert")})
    started = time.perf_counter()
    pool = embed_passages([offer_passage("", t) for t in texts])
    print(f"embedded {len(texts)} distinct offer texts in {time.perf_counter() - started:.1f} s")
    rng = random.Random(11)
    regions = [value for value, _label in region_choices()]
    offers = []
    for i in range(n_offers):
        j = rng.randrange(len(texts))
        vector = pool[j] + np.asarray(
            [rng.gauss(0, 0.01) for _ in range(pool.shape[1])], dtype=np.float32
        )
        vector /= np.linalg.norm(vector)
        text = texts[j]
        offers.append(
            Offer(
                kind="expert" if i % 10 == 0 else "offer",
                external_id=f"bench-{i}",
                person_name=f"Expert {i}" if i % 10 == 0 else "",
                title=text[:80],
                text=text,
                languages=rng.sample(LANGUAGES, rng.randint(1, 3)),
                regions=rng.sample(regions, rng.randint(1, 3)),
                support_kinds=rng.sample(KINDS, rng.randint(1, 3)),
                vector=vector.astype("<f4").tobytes(),
                vector_key=_key(offer_passage(text[:80], text)),
            )
        )
    Offer.objects.bulk_create(offers, batch_size=1000)
    through = Offer.objectives.through
    links = [
        through(offer_id=pk, objective_id=n)
        for pk in Offer.objects.values_list("id", flat=True)
        for n in rng.sample(range(1, 24), rng.randint(1, 3))
    ]
    through.objects.bulk_create(links, batch_size=5000)
    bump_version()
    requests = list(SupportRequest.objects.prefetch_related("objectives"))
    started = time.perf_counter()
    index = service.hub_index()
    print(
        f"{len(index.providers)} offers and experts; index built in "
        f"{(time.perf_counter() - started) * 1000:.0f} ms; {len(requests)} requests\n"
    )
    offers_only = ("offer", "expert")
    rows = [
        ("offers and experts, request embedded on the spot", offers_only),
        ("offers and experts, embedding stored", offers_only),
        ("full: offers, experts, peers, practices", service.KINDS),
    ]
    print(f"{'workload':<56} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
    for label, kinds in rows:
        times = []
        for request in requests:
            if "on the spot" in label:
                request.vector = None
            started = time.perf_counter()
            service.match(request, limit=10, kinds=kinds)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"{label:<56} {statistics.median(times):>7.1f} {p95:>7.1f} {times[-1]:>7.1f}")


if __name__ == "__main__":
    main()

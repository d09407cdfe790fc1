"""Benchmark: ingestion quality and speed on the seed documents, against our own gold labels.

The gold files (``bench/data/seed_*_gold.*``) name seed lines, objectives, countries and actors;
they hold no seed text. Prints, in one run:

- extraction precision and recall of practices (a practice matches a gold one when it starts
  at the same line of the same file), objective accuracy over matched practices, country and
  actor micro-F1, actions found per objective against the booklet's own count;
- seconds to read and structure the whole seed folder (pure pipeline, tagger tables warm) and
  to read a 50-page PDF built from text.

    python bench/ingest_quality.py [--seeds ../shared/seeds]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pdfmaker import make_pdf  # noqa: E402

from gcmhub.ingest.pipeline import read_document  # noqa: E402

DATA = ROOT / "bench" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = parser.parse_args()
    files = sorted(p for p in args.seeds.iterdir() if p.suffix in {".txt", ".md", ".pdf"})
    read_document(files[0])  # warm the tagger tables, as a running hub has them
    started = time.perf_counter()
    records = {p.name: read_document(p) for p in files if p.name != "README.md"}
    seconds = time.perf_counter() - started
    report_quality(records)
    report_actions(records)
    print(f"\nread and structured {len(records)} seed documents in {seconds:.2f} s")
    print(f"50-page PDF read and structured in {pdf_seconds():.2f} s")


def report_quality(records: dict) -> None:
    gold = [json.loads(line) for line in (DATA / "seed_practices_gold.jsonl").open()]
    found = {
        (name, int(p.locator.split()[-1])): p
        for name, record in records.items()
        for p in record.practices
        if p.locator.startswith("line ")
    }
    matched = [(g, found[(g["file"], g["line"])]) for g in gold if (g["file"], g["line"]) in found]
    in_gold_files = {g["file"] for g in gold}
    predicted = [key for key in found if key[0] in in_gold_files]
    precision = len(matched) / len(predicted) if predicted else 0.0
    recall = len(matched) / len(gold)
    right = sum(p.objectives[:1] == [g["objective"]] for g, p in matched)
    print(f"practices: gold {len(gold)}, extracted {len(predicted)}, matched {len(matched)}")
    print(f"  precision {precision:.3f}  recall {recall:.3f}")
    print(f"  right objective {right}/{len(matched)} = {right / max(len(matched), 1):.3f}")
    for field in ("countries", "actors"):
        tp = fp = fn = 0
        for g, p in matched:
            want, got = set(g[field]), set(getattr(p, field))
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"  {field}: F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")


def report_actions(records: dict) -> None:
    gold = json.loads((DATA / "seed_actions_gold.json").read_text())
    booklet = records.get(gold["file"])
    if booklet is None:
        print("actions: the booklet is not in the seed folder")
        return
    got = {str(o.number): "".join(a.letter for a in o.actions) for o in booklet.objectives}
    right = [n for n, letters in gold["letters"].items() if got.get(n) == letters]
    total = sum(len(v) for v in gold["letters"].values())
    found = sum(len(got.get(n, "")) for n in gold["letters"])
    print(
        f"objectives found {len(got)}/23; actions {found} of {total} listed;"
        f" objectives with exactly the booklet's actions: {len(right)}/23"
    )


def pdf_seconds() -> float:
    sentence = (
        "Officials of a ministry met civil society partners in Lyon in 2019 to plan "
        "community-based alternatives to detention for families with children."
    )
    pages = [[f"Page {n} paragraph {i}. {sentence[:90]}" for i in range(45)] for n in range(50)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fifty.pdf"
        make_pdf(path, pages, title="Fifty pages")
        started = time.perf_counter()
        record = read_document(path)
        elapsed = time.perf_counter() - started
    assert record.title == "Fifty pages"
    return elapsed


if __name__ == "__main__":
    main()

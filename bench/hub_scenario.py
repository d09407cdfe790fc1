"""A synthetic "connection hub" scenario: who asks for help, who offers it, and who should meet.

A deterministic generator (same seed, byte-identical output) of organisations, offers of help and
requests for help about 32 needs ("topics") spread over the 23 objectives of the Global Compact
for Migration, written in English, Spanish and French. The benchmark loads it with ``gcmhub hub
load scenario.jsonl``, matches every request and scores the matcher against ``gold.json``
(Recall@5, MRR), next to a keyword-only baseline.

Relevance is a rule applied to every (request, offer) pair, never a hand-made list. An offer is
relevant to a request when all of these hold:

1. it is about the same topic: the same need, not merely the same objective;
2. it speaks at least one of the request's languages;
3. it gives at least one of the kinds of support asked for;
4. its regions cover the request's country: "global", one of ``regions_of_country(country)``,
   or a grouping of ``GROUPINGS`` whose member list has the country.

Rules 2-4 are the hub's own hard constraints (``gcmhub.hub.matching.admissible`` agrees on every
pair of the default scenario).

Every request has 1 to 4 relevant offers (one offer may serve several requests); they describe
the need from the helper's side in other words (a paraphrase, mostly in the request's language,
sometimes in another language both sides speak). Around them are decoys that a word-overlap
matcher ranks high. Constraint decoys are on the same topic, mostly in the request's own words
(in translation for the language ones), and break exactly one of rules 2-4. Word decoys are on a
neighbouring topic that shares salient words ("detention", "data", "workers", "remittances"),
usually under another objective, and keep rules 2-4, so only the need tells them apart. Texts
start with the need's short name, as a hub's title would; about 30 % of the requests give no
objectives. ``main`` also scores a word-overlap baseline (Jaccard) on the scenario.

    python bench/hub_scenario.py OUT_DIR [--seed N]  # scenario.jsonl, gold.json, topics.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gcmhub.reference.data import COUNTRY_M49, GROUPINGS, regions_of_country  # noqa: E402

LANGS = ("en", "es", "fr")
KINDS = ("technical-advice", "peer-exchange", "training", "data", "funding", "legal-drafting")
GLOBAL = "global"
N_REQUESTS = 120
MAX_RELEVANT = 4  # no offer is planted that would give a request more relevant offers than this
RELEVANT_TARGET = (1, 1, 1, 2, 2, 3)  # relevant offers wanted per request, drawn from these
DECOYS = (1, 2)  # constraint decoys planted per request, each of a different kind
P_SAME_OBJECTIVE = 0.5  # chance a word decoy is on the same objective, when a sibling is
ECHO_RELEVANT = 0.3  # share of relevant offers worded like another phrasing of the request
ECHO_DECOY = 0.8  # share of kind and region decoys worded like the request itself
SAME_LANGUAGE = 0.9  # share of relevant offers written in the request's language (if spoken)
P_TITLE = 0.95  # share of requests that start with the need's short name (offers always do)
P_CONTEXT = 0.15  # share of requests that end with a sentence of context
REUSE = 0.5  # chance that a new offer or request comes from an organisation already known


@dataclass(frozen=True)
class Topic:
    key: str
    objective: int
    related: tuple[int, ...]
    siblings: tuple[str, ...]  # topics whose wording overlaps this one's (word decoys)
    ministry: str  # the ministry that would ask for or give help on it (see _MINISTRIES)
    labels: tuple[str, ...]  # the need's short name: en, es, fr
    asks: dict[str, tuple[str, ...]]  # language -> request phrasings (infinitive clauses)
    gives: dict[str, tuple[str, ...]]  # language -> offer phrasings (noun phrases)


@dataclass(frozen=True)
class Country:
    langs: tuple[str, ...]
    names: tuple[str, str, str]  # English, Spanish, French with its preposition
    city: str


@dataclass
class Org:
    id: str
    name: str
    actor_type: str
    country: str | None


@dataclass
class Request:
    id: str
    topic: str
    org: Org
    country: str
    langs: list[str]
    text_lang: str
    kinds: list[str]
    variant: int  # which of the topic's request phrasings the text uses
    objectives: list[int]
    text: str = ""


@dataclass
class Offer:
    topic: str
    langs: list[str]
    regions: list[str]
    kinds: list[str]
    home: str  # a country code, or io0, io1... for an international organisation
    mode: str  # planted as "relevant", a constraint decoy ("language", "kind", "region"), "word"
    text_lang: str = ""
    text: str = ""
    objectives: list[int] = field(default_factory=list)
    org: Org | None = None
    id: str = ""


@dataclass
class Scenario:
    lines: list[dict]  # JSONL objects in load order: organisations, then offers, then requests
    gold: dict[str, list[str]]  # request id -> ids of the offers relevant to it (never empty)
    topics: dict[str, str]  # request id -> topic key (for per-topic diagnostics)


@cache
def labels_of(country: str) -> tuple[str, ...]:
    """The region labels that cover a country: its M49 areas, then groupings listing it."""
    groups = [label for label, _name, members in GROUPINGS if country in members]
    return (*regions_of_country(country), *groups)


def covers(regions: list[str], country: str) -> bool:
    return GLOBAL in regions or not set(regions).isdisjoint(labels_of(country))


def serves(actor: str, topic: str) -> bool:
    return actor not in SERVES or topic in SERVES[actor]


def home_langs(home: str) -> tuple[str, ...]:
    return _IOS[int(home[2:])][2] if home.startswith("io") else COUNTRIES[home].langs


def fails(offer: Offer, request: Request) -> tuple[str, ...]:
    """The relevance rules an offer breaks for a request; () when it is relevant."""
    out = [] if offer.topic == request.topic else ["topic"]
    if set(offer.langs).isdisjoint(request.langs):
        out.append("language")
    if set(offer.kinds).isdisjoint(request.kinds):
        out.append("kind")
    if not covers(offer.regions, request.country):
        out.append("region")
    return tuple(out)


EXPECTED = {"relevant": (), "word": ("topic",), **{m: (m,) for m in ("language", "kind", "region")}}


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.orgs: list[Org] = []
        self.requests: list[Request] = []
        self.offers: list[Offer] = []
        self.by_topic: dict[str, list[Request]] = {key: [] for key in TOPICS}
        self.relevant: Counter[str] = Counter()  # request id -> relevant offers so far

    def run(self) -> Scenario:
        rng = self.rng
        self.make_requests()
        for i, r in enumerate(self.requests):
            target = rng.choice(RELEVANT_TARGET)
            while self.relevant[r.id] < target and self.plant(r, "relevant"):
                pass
            if not self.relevant[r.id]:  # every way to serve r would crowd another request
                self.plant(r, "relevant", cap=False)
            for k in range(rng.choice(DECOYS)):  # the kinds in turn, so they come out even
                self.plant(r, ("language", "kind", "region")[(i + k) % 3])
            siblings = TOPICS[r.topic].siblings
            words = [o for o in self.offers if o.topic in siblings and fails(o, r) == ("topic",)]
            if not any(o.text_lang == r.text_lang for o in words):
                self.plant(r, "word")
        missing = [r.id for r in self.requests if not self.relevant[r.id]]
        assert not missing, f"requests without a relevant offer: {missing}"
        assert all(o.text_lang in o.langs for o in self.offers)
        rng.shuffle(self.offers)  # ids say nothing about how an offer was planted
        for i, offer in enumerate(self.offers, 1):
            offer.id = f"off-{i:03d}"
        lines: list[dict] = [
            {"type": "organisation", "id": o.id, "name": o.name, "actor_type": o.actor_type,
             "country": o.country} for o in self.orgs
        ]  # fmt: skip
        lines += [
            {"type": "offer", "id": o.id, "organisation": o.org.id if o.org else "", "text": o.text,
             "objectives": o.objectives, "languages": o.langs, "regions": o.regions,
             "support_kinds": o.kinds} for o in self.offers
        ]  # fmt: skip
        lines += [
            {"type": "request", "id": r.id, "organisation": r.org.id, "text": r.text,
             "objectives": r.objectives, "country": r.country, "languages": r.langs,
             "support_kinds": r.kinds} for r in self.requests
        ]  # fmt: skip
        gold = {r.id: [o.id for o in self.offers if not fails(o, r)] for r in self.requests}
        return Scenario(lines, gold, {r.id: r.topic for r in self.requests})

    def org(self, home: str, topic: str, role: int, lang: str) -> Org:
        """An organisation based in ``home`` that would ask for (role 0) or offer (role 1) help
        on ``topic``, named in ``lang`` if its country speaks it; often one already known. An
        offer never comes from an organisation that asked for help on the same topic."""
        for _ in range(30):
            org = self._org(home, topic, role, lang)
            if role == 0 or all(org is not s.org for s in self.by_topic[topic]):
                break
        return self._named(org.name, org.actor_type, org.country, add=True)

    def _org(self, home: str, topic: str, role: int, lang: str) -> Org:
        rng = self.rng
        if home.startswith("io"):  # international organisations: always the same one
            name, seat, _langs = _IOS[int(home[2:])]
            return self._named(name, "international-organization", seat, add=False)
        place = COUNTRIES[home]
        spoken = [x for x in place.langs if x in LANGS]
        li = LANGS.index(lang if lang in spoken else spoken[0])
        weights = {a: w[role] for a, w in ACTORS.items() if w[role] and serves(a, topic)}
        fill = {"c": place.names[li], "city": place.city, "w": rng.choice(_WORDS[li])}
        fill["b"] = re.sub(r"^(the|au|aux|en) ", "", fill["c"])
        ministry = _MINISTRIES[TOPICS[topic].ministry][li].format(**fill)
        known = [
            o for o in self.orgs if o.country == home and o.actor_type in weights
            and (o.actor_type != "national-government" or o.name == ministry)
        ]  # fmt: skip
        if known and rng.random() < REUSE:
            return rng.choice(known)
        actor = rng.choices(list(weights), list(weights.values()))[0]
        names = [ministry] if actor == "national-government" else _NAMES[actor][li].split("/")
        return self._named(rng.choice(names).format(**fill), actor, home, add=False)

    def _named(self, name: str, actor: str, country: str | None, add: bool) -> Org:
        """The organisation of that name; a new one (recorded only if ``add``) if there is none."""
        for org in self.orgs:
            if org.name == name:
                return org
        org = Org(f"org-{len(self.orgs) + 1:03d}", name, actor, country)
        if add:
            self.orgs.append(org)
        return org

    def make_requests(self) -> None:
        rng, keys = self.rng, list(TOPICS)
        order = keys * (N_REQUESTS // len(keys)) + rng.sample(keys, N_REQUESTS % len(keys))
        rng.shuffle(order)
        text_langs = [LANGS[i % 3] for i in range(N_REQUESTS)]
        rng.shuffle(text_langs)
        for i, (key, lang) in enumerate(zip(order, text_langs, strict=True)):
            topic = TOPICS[key]
            code = rng.choice([c for c in COUNTRIES if lang in COUNTRIES[c].langs])
            langs = [lang] + [x for x in COUNTRIES[code].langs if x != lang and rng.random() < 0.5]
            if len(langs) == 1 and rng.random() < (0.12 if lang == "en" else 0.3):
                langs.append(rng.choice([x for x in LANGS if x != lang]))
            kinds = sorted(rng.sample(KINDS, 1 if rng.random() < 0.6 else 2), key=KINDS.index)
            objectives: list[int] = []
            if rng.random() < 0.7:
                objectives = [topic.objective, *topic.related[:1]][: 1 + (rng.random() < 0.25)]
            org = self.org(code, key, 0, lang)
            variant = sum(s.text_lang == lang for s in self.by_topic[key]) % 3  # spread wording
            r = Request(f"req-{i + 1:03d}", key, org, code, langs, lang, kinds, variant, objectives)
            r.text = self.request_text(r)
            self.requests.append(r)
            self.by_topic[key].append(r)

    def request_text(self, r: Request) -> str:
        rng, lang, li = self.rng, r.text_lang, LANGS.index(r.text_lang)
        country, topic = COUNTRIES[r.country], TOPICS[r.topic]
        where, city = "", rng.random() < 0.5
        if rng.random() < 0.6:
            place = country.city if city else country.names[li]
            where = {"en": " in ", "es": " en ", "fr": " à " if city else " "}[lang] + place
        when = WHEN[lang].format(y=rng.choice((2025, 2026, 2027))) if rng.random() < 0.35 else ""
        kinds = AND[lang].join(_KIND_WORDS[k][li] for k in r.kinds)
        frame = rng.choice(REQUEST_FRAMES[lang])
        text = frame.format(k=kinds, c=topic.asks[lang][r.variant], w=where, t=when)
        if rng.random() < P_TITLE:
            text = f"{topic.labels[li]}: {text}"
        if rng.random() < 0.15:
            text = URGENT[lang] + text
        if rng.random() < P_CONTEXT:
            text += " " + rng.choice(CONTEXT[lang]).format(y=rng.choice((2025, 2026)))
        return text

    def plant(self, r: Request, mode: str, cap: bool = True) -> Offer | None:
        """A new offer standing in relation ``mode`` to request ``r`` (see ``EXPECTED``)."""
        rng = self.rng
        topic = self.sibling(r.topic) if mode == "word" else r.topic
        for _ in range(60):
            regions, home = self.far(r) if mode == "region" else self.near(r, mode == "language")
            if not home:
                continue
            langs, kinds = self.offer_langs(home, r, mode), self.offer_kinds(r, mode)
            offer = Offer(topic, langs, regions, kinds, home, mode)
            if fails(offer, r) == EXPECTED[mode] and (self.room(offer) or not cap):
                break
        else:
            return None
        offer.objectives = [TOPICS[topic].objective]
        offer.objectives += rng.sample(TOPICS[topic].related, rng.choice((0, 1, 1, 2)))
        offer.text_lang, offer.text = self.offer_text(offer, r)
        offer.org = self.org(home, topic, 1, offer.text_lang)
        for s in self.by_topic[topic]:
            self.relevant[s.id] += not fails(offer, s)
        self.offers.append(offer)
        return offer

    def room(self, offer: Offer) -> bool:
        """False when the offer would give some request more than MAX_RELEVANT relevant ones."""
        return all(
            self.relevant[s.id] < MAX_RELEVANT for s in self.by_topic[offer.topic]
            if not fails(offer, s)
        )  # fmt: skip

    def sibling(self, key: str) -> str:
        rng, topic = self.rng, TOPICS[key]
        same = [s for s in topic.siblings if TOPICS[s].objective == topic.objective]
        other = [s for s in topic.siblings if s not in same]
        pick_same = same and (not other or rng.random() < P_SAME_OBJECTIVE)
        return rng.choice(same if pick_same else other)

    def near(self, r: Request, foreign: bool) -> tuple[list[str], str | None]:
        """Regions covering the request's country and a home within them; ``foreign``: a home
        whose languages are not the request's."""
        rng = self.rng
        labels, depth = [*labels_of(r.country), GLOBAL], len(regions_of_country(r.country))
        weights = [(4, 2, 1, 1)[i] if i < depth else 2 for i in range(len(labels) - 1)] + [1.5]
        label = rng.choices(labels, weights)[0]
        if label == GLOBAL:
            homes = [f"io{i}" for i in range(len(_IOS))]
            homes += list(COUNTRIES) if rng.random() < 0.3 else []
        else:
            homes = [c for c in COUNTRIES if label in labels_of(c)]
        speaks = [h for h in homes if not set(home_langs(h)).isdisjoint(r.langs)]
        homes = [h for h in homes if h not in speaks] if foreign else speaks or homes
        if not homes:
            return [], None
        home = rng.choice(homes)
        regions = [label]
        if not home.startswith("io") and rng.random() < 0.3:
            regions.append(rng.choice(labels_of(home)))
        return list(dict.fromkeys(regions)), home

    def far(self, r: Request) -> tuple[list[str], str | None]:
        """Regions that miss the request's country (often narrowly), and a home within them."""
        rng, near = self.rng, set(labels_of(r.country))
        homes = [c for c in COUNTRIES if c != r.country and not set(labels_of(c)) <= near]
        homes = [c for c in homes if not set(home_langs(c)).isdisjoint(r.langs)] or homes
        top = regions_of_country(r.country)[-1]
        close = [c for c in homes if regions_of_country(c)[-1] == top]
        home = rng.choice(close if close and rng.random() < 0.5 else homes)
        return [x for x in labels_of(home) if x not in near][: rng.choice((1, 1, 2))], home

    def offer_langs(self, home: str, r: Request, mode: str) -> list[str]:
        rng, langs = self.rng, list(home_langs(home))
        if "en" not in langs and rng.random() < 0.4:
            langs.append("en")
        if rng.random() < 0.12:
            langs.append(rng.choice(LANGS))
        if mode == "language":
            langs = [x for x in langs if x not in r.langs]
            if not any(x in LANGS for x in langs):
                langs.append(rng.choice([x for x in LANGS if x not in r.langs]))
        elif mode != "relevant":
            langs.append(r.text_lang)  # so that the decoy can be worded like the request
        elif set(langs).isdisjoint(r.langs):
            langs.append(rng.choice([x for x in r.langs if x in LANGS]))
        return list(dict.fromkeys(langs))

    def offer_kinds(self, r: Request, mode: str) -> list[str]:
        rng = self.rng
        if mode == "kind":
            kinds = set(rng.sample([k for k in KINDS if k not in r.kinds], rng.choice((1, 1, 2))))
        else:
            kinds = {rng.choice(r.kinds)} | ({rng.choice(KINDS)} if rng.random() < 0.45 else set())
        return sorted(kinds, key=KINDS.index)

    def offer_text(self, offer: Offer, r: Request) -> tuple[str, str]:
        rng, topic, variant = self.rng, TOPICS[offer.topic], r.variant
        spoken = [x for x in offer.langs if x in LANGS]
        if offer.mode == "relevant":
            same = r.text_lang in spoken and rng.random() < SAME_LANGUAGE
            lang, echo = r.text_lang if same else rng.choice(spoken), rng.random() < ECHO_RELEVANT
            variant = rng.choice([v for v in range(3) if v != r.variant])
        elif offer.mode == "language":
            lang, echo = rng.choice(spoken), rng.random() < 0.85
        elif offer.mode == "word":
            lang, echo, variant = r.text_lang, rng.random() < 0.5, rng.randrange(3)
        else:
            lang, echo = r.text_lang, rng.random() < ECHO_DECOY
        li = LANGS.index(lang)
        kinds = AND[lang].join(_KIND_WORDS[k][li] for k in offer.kinds)
        where = ""
        if rng.random() < 0.6 and GLOBAL in offer.regions:
            where = (" worldwide", " en todo el mundo", " dans le monde entier")[li]
        elif rng.random() < 0.6 and not offer.home.startswith("io"):
            where = (" in ", " en ", " à ")[li] + COUNTRIES[offer.home].city
        title = topic.labels[li] + ". "
        if echo:  # the request's own words, from the helper's side
            core = topic.asks[lang][variant]
            for pattern, replacement in THEIR[lang]:
                core = re.sub(pattern, replacement, core)
            return lang, title + rng.choice(ECHO_FRAMES[lang]).format(c=core, k=kinds, w=where)
        on, frame = _KIND_WORDS[offer.kinds[0]][3 + li], rng.choice(OFFER_FRAMES[lang])
        core = rng.choice(topic.gives[lang])
        return lang, title + frame.format(o=on, k=kinds, c=core, n=rng.randint(3, 15), w=where)


def build(seed: int = 7) -> Scenario:
    return _Generator(seed).run()


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def word_baseline(scenario: Scenario) -> tuple[float, float, dict[str, str]]:
    """Recall@5 and MRR of word-set Jaccard (no constraints), and its first offer per request."""
    offers = [(x["id"], _words(x["text"])) for x in scenario.lines if x["type"] == "offer"]
    requests = [x for x in scenario.lines if x["type"] == "request"]
    recall = mrr = 0.0
    first: dict[str, str] = {}
    for req in requests:
        words = _words(req["text"])
        scored = sorted((-len(words & w) / len(words | w), i) for i, w in offers)
        ranked = [i for _score, i in scored]
        relevant = set(scenario.gold[req["id"]])
        recall += len(relevant & set(ranked[:5])) / min(len(relevant), 5)
        mrr += 1 / next(rank for rank, i in enumerate(ranked, 1) if i in relevant)
        first[req["id"]] = ranked[0]
    return recall / len(requests), mrr / len(requests), first


def show(label: str, counts: Counter) -> None:
    print(f"{label}:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def _report(gen: _Generator, scenario: Scenario) -> None:
    reqs, offers, by_id = gen.requests, gen.offers, {o.id: o for o in gen.offers}
    objectives = {TOPICS[r.topic].objective for r in reqs}
    print(f"{len(gen.orgs)} organisations, {len(offers)} offers, {len(reqs)} requests; "
          f"{len({r.topic for r in reqs})} topics over {len(objectives)} objectives")  # fmt: skip
    show("requests by number of relevant offers", Counter(map(len, scenario.gold.values())))
    show("request text languages", Counter(r.text_lang for r in reqs))
    show("request language lists", Counter("+".join(r.langs) for r in reqs))
    show("offer text languages", Counter(o.text_lang for o in offers))
    show("request countries by region", Counter(regions_of_country(r.country)[-1] for r in reqs))
    show("requests by objective", Counter(TOPICS[r.topic].objective for r in reqs))
    print(f"requests with no objectives: {sum(not r.objectives for r in reqs)}")
    pairs = [(r, by_id[i]) for r in reqs for i in scenario.gold[r.id]]
    cross = sum(o.text_lang != r.text_lang for r, o in pairs)
    print(f"relevant pairs: {len(pairs)}, {cross} with the offer in another language")
    show("offers as planted", Counter(o.mode for o in offers))
    decoys: Counter[str] = Counter()
    having: Counter[str] = Counter()
    for r in reqs:
        kinds = set()
        for o in offers:
            broken = fails(o, r)
            if len(broken) == 1 and broken != ("topic",):
                kind = broken[0]
            elif broken == ("topic",) and o.topic in TOPICS[r.topic].siblings:
                same = TOPICS[o.topic].objective == TOPICS[r.topic].objective
                kind = "word (same objective)" if same else "word (other objective)"
            else:
                continue
            decoys[kind] += 1
            kinds.add(kind.split()[0])
        having.update(kinds)
    show("decoy pairs by kind (all offers, by rule)", decoys)
    show("requests with at least one decoy of the kind", having)
    recall, mrr, first = word_baseline(scenario)
    print(f"word-overlap baseline (Jaccard, no constraints): Recall@5 {recall:.3f}, MRR {mrr:.3f}")
    tops = Counter("+".join(fails(by_id[first[r.id]], r)) or "relevant" for r in reqs)
    show("the baseline's first offer (rules broken)", tops)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    gen = _Generator(args.seed)
    scenario = gen.run()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in scenario.lines)
    (args.out_dir / "scenario.jsonl").write_text(jsonl, encoding="utf-8", newline="\n")
    for name, data in (("gold.json", scenario.gold), ("topics.json", scenario.topics)):
        text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        (args.out_dir / name).write_text(text, encoding="utf-8", newline="\n")
    _report(gen, scenario)


# -- vocabulary ----------------------------------------------------------------------------------

# {k} the kinds of support asked for, {c} the need, {w} where, {t} when
REQUEST_FRAMES = {
    "en": ("We are seeking {k} to {c}{w}.", "We need {k} to {c}{w}{t}.",
           "Our institution wants to {c}{w} and would welcome {k}."),
    "es": ("Buscamos {k} para {c}{w}.", "Necesitamos {k} para {c}{w}{t}.",
           "Nuestra institución quiere {c}{w} y agradecería {k}."),
    "fr": ("Nous cherchons {k} pour {c}{w}.", "Nous sollicitons {k} pour {c}{w}{t}.",
           "Notre institution souhaite {c}{w} et accueillerait volontiers {k}."),
}  # fmt: skip
WHEN = {"en": " by {y}", "es": " antes de {y}", "fr": " d'ici {y}"}
URGENT = {"en": "Urgent: ", "es": "Urgente: ", "fr": "Urgent : "}
CONTEXT = {
    "en": ("This is a priority in our {y} work plan.", "A first meeting could be held online.",
           "We would like to start as soon as possible."),
    "es": ("Es una prioridad de nuestro plan de trabajo {y}.",
           "Una primera reunión podría ser en línea.", "Quisiéramos empezar lo antes posible."),
    "fr": ("C'est une priorité de notre plan de travail {y}.",
           "Une première réunion pourrait se tenir en ligne.",
           "Nous souhaitons commencer au plus vite."),
}  # fmt: skip
# An offer in its own words: {o} "<kind> on", {k} kinds, {c} the need, {n} years, {w} where
OFFER_FRAMES = {
    "en": ("We offer {o} {c}{w}.",
           "Our team has worked on {c} for {n} years{w} and can provide {k}.",
           "We advise public authorities on {c}; we can provide {k}{w}."),
    "es": ("Ofrecemos {o} {c}{w}.",
           "Nuestro equipo trabaja desde hace {n} años en {c}{w} y puede aportar {k}.",
           "Asesoramos a autoridades públicas sobre {c}; podemos aportar {k}{w}."),
    "fr": ("Nous proposons {o} {c}{w}.",
           "Notre équipe travaille depuis {n} ans sur {c}{w} et peut apporter {k}.",
           "Nous conseillons les autorités publiques sur {c} ; nous pouvons apporter {k}{w}."),
}  # fmt: skip
# An offer in a requester's words (most decoys, a few relevant offers): {c} a request phrasing
ECHO_FRAMES = {
    "en": ("We have helped other institutions to {c}{w}. We provide {k}.",
           "Our experts help authorities to {c}, with {k}{w}."),
    "es": ("Hemos ayudado a otras instituciones a {c}{w}. Ofrecemos {k}.",
           "Nuestros expertos ayudan a las autoridades a {c}, con {k}{w}."),
    "fr": ("Nous avons aidé d'autres institutions à {c}{w}. Nous proposons {k}.",
           "Nos experts aident les autorités à {c}, avec {k}{w}."),
}  # fmt: skip
THEIR = {  # "our" in a request phrasing, when an offer quotes it
    "en": ((r"\bour\b", "their"),),
    "es": ((r"\bnuestr[oa]s\b", "sus"), (r"\bnuestr[oa]\b", "su")),
    "fr": ((r"\bnotre\b", "leur"), (r"\bnos\b", "leurs")),
}
AND = {"en": " and ", "es": " y ", "fr": " et "}
# A kind of support as a request asks for it (en, es, fr), then as an offer gives it ("<kind> on")
_KIND_WORDS = {
    "technical-advice": ("technical advice", "asesoría técnica", "des conseils techniques",
                         "technical advice on", "asesoría técnica sobre",
                         "des conseils techniques sur"),
    "peer-exchange": ("a peer exchange", "un intercambio entre pares", "un échange entre pairs",
                      "peer exchanges on", "intercambios entre pares sobre",
                      "des échanges entre pairs sur"),
    "training": ("training", "capacitación", "une formation",
                 "training courses on", "cursos de capacitación sobre", "des formations sur"),
    "data": ("data and analysis", "datos y análisis", "des données et analyses",
             "data and analysis on", "datos y análisis sobre", "des données et analyses sur"),
    "funding": ("funding", "financiamiento", "un financement", "grants for work on",
                "financiamiento para proyectos sobre", "des financements pour des projets sur"),
    "legal-drafting": ("legal drafting support", "apoyo en redacción normativa",
                       "un appui à la rédaction juridique", "legal drafting support on",
                       "apoyo normativo sobre", "un appui à la rédaction de textes sur"),
}  # fmt: skip

# Organisation names by actor type, in en, es, fr ("/" between choices): {c} country, {b} bare
# country name, {city}, {w} a word
_NAMES = {
    "local-authority": ("City of {city}/{city} City Council", "Municipalidad de {city}/Alcaldía "
                        "de {city}", "Ville de {city}/Mairie de {city}"),
    "civil-society": (
        "{w} Migrant Support Network ({b})/{w} Centre for Migrant Rights ({b})",
        "Red {w} de Apoyo Migrante ({b})/Colectivo {w} por los Derechos Migrantes ({b})",
        "Réseau {w} d'aide aux migrants ({b})/Association {w} pour les droits des migrants ({b})"),
    "faith-based": (
        "{w} Interfaith Refuge ({city})/Interfaith Council for Migrants of {city}",
        "Casa del Migrante {w} ({city})/Pastoral de Movilidad Humana de {city}",
        "Maison d'accueil {w} ({city})/Pastorale des migrants de {city}"),
    "trade-union": (
        "Federation of Migrant and Care Workers of {c}/General Workers' Union of {c}",
        "Sindicato de Trabajadores Migrantes de {c}/Federación de Trabajadoras del Hogar de {c}",
        "Syndicat des travailleurs migrants ({b})/Confédération syndicale des travailleurs ({b})"),
    "migrants-diaspora": (
        "Returnee and Diaspora Association of {city}/{w} Diaspora Forum ({b})",
        "Asociación de Migrantes Retornados de {city}/Foro de la Diáspora {w} ({b})",
        "Collectif des migrants de retour de {city}/Forum diaspora {w} ({b})"),
    "private-sector": ("Employers' Federation of {c}/{w} Remit Ltd ({b})",
                       "Cámara de Empleadores de {c}/Remesas {w} S.A. ({b})",
                       "Fédération des employeurs ({b})/{w} Transferts SA ({b})"),
    "parliament": ("Parliamentary Committee on Migration of {c}",
                   "Comisión de Asuntos Migratorios del Congreso de {c}",
                   "Commission des migrations de l'Assemblée nationale ({b})"),
    "nhri": ("National Human Rights Commission of {c}", "Defensoría de los Derechos Humanos de {c}",
             "Commission nationale des droits humains ({b})"),
    "academia": (
        "Centre for Migration Studies, University of {city}/{city} Institute for Mobility Research",
        "Observatorio de Movilidad Humana, Universidad de {city}/Instituto de Estudios "
        "Migratorios de {city}",
        "Observatoire des migrations, Université de {city}/Institut de recherche sur les "
        "mobilités de {city}"),
}  # fmt: skip
# Ministries, by the topics' fifth field
_MINISTRIES = {
    "labour": ("Ministry of Labour of {c}", "Ministerio de Trabajo de {c}",
               "Ministère du Travail ({b})"),
    "interior": ("Ministry of Interior of {c}", "Ministerio del Interior de {c}",
                 "Ministère de l'Intérieur ({b})"),
    "foreign": ("Ministry of Foreign Affairs of {c}", "Cancillería de {c}",
                "Ministère des Affaires étrangères ({b})"),
    "justice": ("Ministry of Justice of {c}", "Ministerio de Justicia de {c}",
                "Ministère de la Justice ({b})"),
    "health": ("Ministry of Health of {c}", "Ministerio de Salud de {c}",
               "Ministère de la Santé ({b})"),
    "education": ("Ministry of Education of {c}", "Ministerio de Educación de {c}",
                  "Ministère de l'Éducation nationale ({b})"),
    "social": ("Ministry of Social Development of {c}", "Ministerio de Desarrollo Social de {c}",
               "Ministère de la Solidarité ({b})"),
    "finance": ("Ministry of Finance of {c}", "Ministerio de Hacienda de {c}",
                "Ministère des Finances ({b})"),
    "stats": ("National Statistics Office of {c}", "Instituto Nacional de Estadística de {c}",
              "Institut national de la statistique ({b})"),
    "migration": ("National Migration Directorate of {c}", "Dirección Nacional de Migración de {c}",
                  "Direction générale des migrations ({b})"),
}  # fmt: skip
_WORDS = (
    ("Open Doors", "Bridges", "Safe Passage", "Common Ground", "Lantern", "Compass", "Harbour"),
    ("Puentes", "Caminos", "Horizonte", "Brújula", "Raíces", "Faro", "Travesía"),
    ("Passerelles", "Horizons", "Boussole", "Escales", "Racines", "Phare", "Traversées"),
)
# Actor types: weight as a requester, weight as an offerer
ACTORS = {"national-government": (5, 1.5), "civil-society": (2, 3), "academia": (0, 2),
          "parliament": (0.5, 0), "local-authority": (4, 1.5), "trade-union": (1.5, 1.5),
          "private-sector": (0.5, 1.5), "faith-based": (1, 1), "migrants-diaspora": (1, 1),
          "nhri": (1, 1)}  # fmt: skip
# The topics some actor types work on (the others work on any)
SERVES = {a: frozenset(topics.split()) for a, topics in {
    "local-authority": "city-inclusion health-access education-access legal-identity xenophobia "
                       "disaster-displacement",
    "trade-union": "fair-recruitment labour-inspection domestic-workers social-security "
                   "labour-agreements skills-recognition",
    "private-sector": "remittance-costs financial-inclusion fair-recruitment skills-recognition "
                      "diaspora-investment labour-agreements",
    "faith-based": "health-access unaccompanied-children city-inclusion reintegration "
                   "trafficking-id dignified-return search-rescue",
    "migrants-diaspora": "diaspora-investment reintegration remittance-costs xenophobia "
                         "city-inclusion pre-departure-info",
    "nhri": "detention-monitoring detention-children detention-alternatives labour-inspection "
            "xenophobia trafficking-id",
}.items()}  # fmt: skip
# International organisations, which work "global": name, seat (None: no single seat), languages
_IOS = (
    ("Global Migration Learning Alliance", None, ("en", "fr", "es")),
    ("International Centre for Labour Mobility", "CH", ("en", "fr")),
    ("Alliance internationale pour la protection des migrants", None, ("fr", "en")),
    ("Red Interamericana de Movilidad Humana", "CR", ("es", "en")),
    ("Mixed Movements Knowledge Hub", "KE", ("en",)),
    ("Transregional Remittance Observatory", None, ("en", "es")),
    ("Institut panafricain des politiques migratoires", "SN", ("fr",)),
    ("Asia-Pacific Labour Migration Platform", "TH", ("en",)),
)
# code, languages, English | Spanish | French (with its preposition) name, a city; ";" between
_COUNTRIES = """
MX es Mexico|México|au Mexique|Tapachula; GT es Guatemala|Guatemala|au Guatemala|Quetzaltenango;
HN es Honduras|Honduras|au Honduras|San Pedro Sula;
SV es El Salvador|El Salvador|au Salvador|Santa Ana;
CR es Costa Rica|Costa Rica|au Costa Rica|Upala; PA es Panama|Panamá|au Panama|David;
DO es the Dominican Republic|República Dominicana|en République dominicaine|Puerto Plata;
CO es Colombia|Colombia|en Colombie|Cúcuta; EC es Ecuador|Ecuador|en Équateur|Guayaquil;
PE es Peru|Perú|au Pérou|Tacna; CL es Chile|Chile|au Chili|Antofagasta;
AR es Argentina|Argentina|en Argentine|Rosario; HT fr Haiti|Haití|en Haïti|Cap-Haïtien;
US en,es the United States|Estados Unidos|aux États-Unis|El Paso;
CA en,fr Canada|Canadá|au Canada|Montréal; ES es Spain|España|en Espagne|Almería;
FR fr France|Francia|en France|Marseille; BE fr,en Belgium|Bélgica|en Belgique|Liège;
CH fr,en Switzerland|Suiza|en Suisse|Lausanne; DE en Germany|Alemania|en Allemagne|Leipzig;
IT en Italy|Italia|en Italie|Palermo; GR en Greece|Grecia|en Grèce|Thessaloniki;
IE en Ireland|Irlanda|en Irlande|Cork; SN fr Senegal|Senegal|au Sénégal|Saint-Louis;
ML fr Mali|Malí|au Mali|Kayes; CI fr Côte d'Ivoire|Costa de Marfil|en Côte d'Ivoire|Abidjan;
BF fr Burkina Faso|Burkina Faso|au Burkina Faso|Bobo-Dioulasso; NE fr Niger|Níger|au Niger|Agadez;
NG en Nigeria|Nigeria|au Nigeria|Benin City; GH en Ghana|Ghana|au Ghana|Kumasi;
MA fr,ar Morocco|Marruecos|au Maroc|Oujda; TN fr,ar Tunisia|Túnez|en Tunisie|Sfax;
CM fr,en Cameroon|Camerún|au Cameroun|Douala;
CD fr the DR Congo|RD Congo|en République démocratique du Congo|Goma;
KE en Kenya|Kenia|au Kenya|Mombasa; ET en Ethiopia|Etiopía|en Éthiopie|Dire Dawa;
UG en Uganda|Uganda|en Ouganda|Gulu; ZA en South Africa|Sudáfrica|en Afrique du Sud|Johannesburg;
PH en the Philippines|Filipinas|aux Philippines|Cebu;
TH en Thailand|Tailandia|en Thaïlande|Mae Sot; ID en Indonesia|Indonesia|en Indonésie|Surabaya;
MY en Malaysia|Malasia|en Malaisie|Penang; NP en Nepal|Nepal|au Népal|Pokhara;
BD en Bangladesh|Bangladés|au Bangladesh|Sylhet; LK en Sri Lanka|Sri Lanka|au Sri Lanka|Kandy;
JO ar,en Jordan|Jordania|en Jordanie|Irbid; LB ar,fr Lebanon|Líbano|au Liban|Tripoli;
FJ en Fiji|Fiyi|aux Fidji|Lautoka; AU en Australia|Australia|en Australie|Darwin
"""
# "@key objective related-objectives sibling-topics ministry", "= short name en | es | fr",
# then per language three request phrasings (">", infinitive: "we need help to ...") and three
# offer phrasings ("<", noun phrase: "we advise on ..."), separated by "|".
_TOPICS = """
@migration-data 1 17,23 remittance-costs,missing-migrants,labour-inspection stats
= Migration statistics | Estadísticas migratorias | Statistiques migratoires
en> produce migration data by sex and age | link administrative records into migration statistics |
    improve the quality of our migration data
en< migration questions in household surveys and censuses | merging border and residence registers
    for statistics | breaking down migration figures by gender and status
es> producir datos migratorios por sexo y edad | vincular registros administrativos en estadísticas
    migratorias | mejorar la calidad de nuestros datos migratorios
es< las preguntas migratorias en encuestas y censos | el cruce de registros de fronteras y
    residencia | el desglose de cifras migratorias por género y estatus
fr> produire des données migratoires par sexe et âge | relier les registres administratifs en
    statistiques migratoires | améliorer la qualité de nos données migratoires
fr< les questions migratoires dans les enquêtes et recensements | le croisement des fichiers de
    frontières et de séjour | la ventilation des chiffres migratoires par genre et statut
@disaster-displacement 2 5,23 humanitarian-visas,reintegration,city-inclusion interior
= Disaster displacement and climate | Desplazamiento por desastres y clima | Déplacements,
    catastrophes et climat
en> prepare for displacement caused by floods and droughts | include human mobility in our climate
    adaptation plan | plan the relocation of communities at risk of disasters
en< mapping where drought or rising seas will uproot people | mobility in climate and disaster risk
    strategies | moving threatened villages to safer land, with consent
es> prepararse para desplazamientos por inundaciones y sequías | incluir la movilidad humana en
    nuestro plan climático | planificar la reubicación de comunidades en riesgo
es< el mapeo de zonas que la sequía o el mar dejarán inhabitables | la movilidad en las estrategias
    de clima y riesgo | el traslado consentido de aldeas amenazadas
fr> se préparer aux déplacements dus aux inondations et sécheresses | intégrer la mobilité humaine
    dans notre plan climat | planifier la réinstallation des communautés à risque
fr< la cartographie des zones que sécheresse et mer rendront inhabitables | la mobilité dans les
    stratégies climat et risques | le transfert consenti de villages menacés
@pre-departure-info 3 6,17 xenophobia,fair-recruitment,dignified-return labour
= Information before migrating | Información antes de migrar | Information avant le départ
en> give people reliable information before they migrate | set up information points along the
    route | warn would-be migrants about fake job offers
en< pre-departure orientation on rights, costs and legal routes | advice desks at bus terminals and
    border towns | campaigns to spot fake overseas job offers
es> dar información confiable antes de migrar | instalar puntos de información en la ruta | alertar
    a quienes piensan migrar sobre empleos falsos
es< la orientación previa a la partida sobre derechos y vías legales | las ventanillas de
    orientación en terminales y fronteras | las campañas para detectar ofertas de empleo falsas
fr> donner une information fiable avant le départ | installer des points d'information sur la route
    | mettre en garde contre les fausses offres d'emploi
fr< l'orientation avant le départ sur les droits et voies légales | les guichets de conseil dans
    les gares routières et villes frontalières | les campagnes pour repérer les offres d'emploi
    frauduleuses
@legal-identity 4 14,15 consular-protection,education-access,unaccompanied-children interior
= Legal identity and documents | Identidad legal y documentos | Identité juridique et documents
en> register the births of migrant children | issue identity documents to undocumented migrants |
    help nationals abroad get passports and certificates
en< late birth registration and mobile civil registry units | proof of identity for people without
    papers | consular outreach delivering passports to citizens overseas
es> registrar los nacimientos de niños migrantes | emitir documentos de identidad a migrantes
    indocumentados | ayudar a connacionales en el exterior a obtener pasaportes
es< el registro tardío de nacimientos y el registro civil móvil | la prueba de identidad para
    personas sin papeles | los consulados móviles que entregan pasaportes
fr> enregistrer les naissances des enfants migrants | délivrer des papiers d'identité aux migrants
    sans papiers | aider nos ressortissants à l'étranger à obtenir passeports et actes
fr< l'enregistrement tardif des naissances et l'état civil mobile | la preuve d'identité pour les
    personnes sans documents | les consulats itinérants qui remettent des passeports
@humanitarian-visas 5 2,23 disaster-displacement,family-reunification,labour-agreements migration
= Humanitarian visas after disasters | Visas humanitarias tras desastres | Visas humanitaires après
    les catastrophes
en> create humanitarian visas for people fleeing disasters | grant temporary protection after a
    hurricane next door | design regular pathways for people displaced by climate change
en< emergency entry permits and visa extensions after catastrophes | temporary protected status for
    nationals of stricken countries | admission categories for people whose homes became
    uninhabitable
es> crear visas humanitarias para quienes huyen de desastres | otorgar protección temporal tras un
    huracán en un país vecino | diseñar vías regulares para desplazados por el clima
es< los permisos de ingreso de emergencia tras catástrofes | el estatus de protección temporal para
    países siniestrados | las categorías de admisión para quienes perdieron su hogar
fr> créer des visas humanitaires pour les personnes fuyant des catastrophes | accorder une
    protection temporaire après un ouragan chez un voisin | concevoir des voies régulières pour les
    déplacés climatiques
fr< les autorisations d'entrée d'urgence après un sinistre | le statut de protection temporaire
    pour les pays sinistrés | les catégories d'admission pour ceux qui ont perdu leur logement
@family-reunification 5 4,16 humanitarian-visas,unaccompanied-children,missing-migrants migration
= Family reunification | Reunificación familiar | Regroupement familial
en> speed up family reunification procedures | reunite separated children with parents abroad |
    reduce the papers required for family reunification
en< shorter waits for spouses and children joining a relative | tracing the relatives of separated
    children | flexible proof of family links, including DNA tests
es> agilizar los trámites de reunificación familiar | reunir a niños separados con sus padres en el
    exterior | reducir los papeles exigidos para la reunificación familiar
es< la espera más corta para cónyuges e hijos que se reúnen | la búsqueda de parientes de niños
    separados | la prueba flexible de vínculos familiares, incluido el ADN
fr> accélérer les procédures de regroupement familial | réunir des enfants séparés avec leurs
    parents à l'étranger | réduire les pièces exigées pour le regroupement familial
fr< l'attente réduite des conjoints et enfants qui rejoignent un proche | la recherche des proches
    d'enfants séparés | la preuve souple des liens familiaux, y compris l'ADN
@fair-recruitment 6 3,10 domestic-workers,labour-agreements,labour-inspection labour
= Fair recruitment of migrant workers | Reclutamiento equitativo | Recrutement équitable
en> stop recruitment agencies charging migrant workers fees | license and monitor private
    recruitment agencies | apply the employer-pays principle to recruitment
en< zero-fee recruitment where employers bear all costs | rating and sanctioning labour recruiters
    | ethical recruitment audits of placement agencies
es> impedir que las agencias cobren a trabajadores migrantes | licenciar y supervisar las agencias
    de reclutamiento | aplicar el principio de que el empleador paga
es< el reclutamiento sin costos a cargo de la empresa | la calificación y sanción de reclutadores
    laborales | las auditorías de reclutamiento ético a agencias de colocación
fr> empêcher les agences de faire payer les travailleurs migrants | agréer et contrôler les agences
    de recrutement | appliquer le principe employeur-payeur
fr< le recrutement sans frais à la charge de l'employeur | la notation et la sanction des
    recruteurs de main-d'œuvre | les audits de recrutement éthique des bureaux de placement
@labour-inspection 6 7,22 fair-recruitment,domestic-workers,trafficking-id labour
= Labour inspection for migrant workers | Inspección laboral y trabajadores migrantes | Inspection
    du travail et travailleurs migrants
en> train labour inspectors to detect abuse of migrant workers | let migrant workers complain
    without fear of deportation | enforce decent work on farms that employ migrants
en< inspections targeting wage theft and confiscated passports | complaint channels kept apart from
    immigration control | inspection visits to plantations and farm employers
es> capacitar a inspectores para detectar abusos a trabajadores migrantes | permitir denuncias
    laborales sin miedo a la deportación | hacer cumplir el trabajo decente en fincas con migrantes
es< las inspecciones contra salarios impagos y pasaportes retenidos | los canales de queja
    separados del control migratorio | las visitas de inspección a plantaciones y empleadores
    agrícolas
fr> former les inspecteurs à détecter les abus envers les travailleurs migrants | permettre de
    porter plainte sans crainte d'expulsion | faire respecter le travail décent dans les
    exploitations agricoles
fr< les contrôles visant les salaires impayés et passeports confisqués | les voies de plainte
    séparées du contrôle migratoire | les visites d'inspection dans les plantations
@domestic-workers 7 6,22 fair-recruitment,trafficking-id,social-security labour
= Migrant domestic workers | Trabajadoras domésticas migrantes | Travailleuses domestiques
    migrantes
en> protect migrant domestic workers from abuse in private homes | extend labour law to live-in
    domestic workers | set up a hotline for women working in households
en< support for housemaids and carers employed by families | reforms giving domestic staff
    contracts and rest days | helplines and shelters for nannies and cleaners
es> proteger a trabajadoras domésticas migrantes de abusos | extender la ley laboral a trabajadoras
    del hogar internas | crear una línea de ayuda para mujeres que trabajan en hogares
es< el apoyo a empleadas de hogar y cuidadoras | las reformas que dan contrato y descanso al
    personal doméstico | las líneas de ayuda y albergues para niñeras y limpiadoras
fr> protéger les travailleuses domestiques migrantes des abus | étendre le droit du travail aux
    employées de maison logées | créer une ligne d'écoute pour les femmes employées dans les
    ménages
fr< l'appui aux aides ménagères et auxiliaires de vie | les réformes qui donnent contrat et repos
    au personnel de maison | les lignes d'écoute et refuges pour nounous et femmes de ménage
@unaccompanied-children 7 12,13 detention-children,legal-identity,trafficking-id social
= Unaccompanied migrant children | Niñez migrante no acompañada | Enfants migrants non accompagnés
en> appoint guardians for unaccompanied migrant children | assess the best interests of children
    travelling alone | find foster families for separated children
en< guardianship for minors arriving without parents | best-interests assessments by child
    protection staff | foster care for children on the move
es> designar tutores para niños migrantes no acompañados | evaluar el interés superior de niños que
    viajan solos | encontrar familias de acogida para niños separados
es< la tutela de menores que llegan sin sus padres | la evaluación del interés superior por
    protección infantil | el acogimiento familiar de niños en movimiento
fr> désigner des tuteurs pour les enfants migrants non accompagnés | évaluer l'intérêt supérieur
    des enfants voyageant seuls | trouver des familles d'accueil pour les enfants séparés
fr< la tutelle des mineurs arrivés sans leurs parents | l'évaluation de l'intérêt supérieur par la
    protection de l'enfance | le placement familial d'enfants en déplacement
@search-rescue 8 11,23 missing-migrants,border-management,smuggling interior
= Search and rescue of migrants | Búsqueda y rescate de migrantes | Recherche et sauvetage des
    migrants
en> coordinate rescue of migrants in distress at sea | rescue migrants lost in the desert | set up
    early warning for boats in danger
en< sea rescue coordination between coast guards and NGO ships | desert patrols and water points on
    land routes | alarm hotlines relaying calls from overcrowded boats
es> coordinar el salvamento de migrantes en peligro en el mar | rescatar a migrantes perdidos en el
    desierto | crear alertas tempranas para embarcaciones en peligro
es< la coordinación entre guardacostas y buques de ONG | las patrullas y puntos de agua en rutas
    del desierto | las líneas de alarma para barcas sobrecargadas
fr> coordonner le sauvetage des migrants en détresse en mer | secourir les migrants perdus dans le
    désert | mettre en place une alerte précoce pour les bateaux en danger
fr< la coordination entre garde-côtes et navires d'ONG | les patrouilles et points d'eau sur les
    routes du désert | les lignes d'alarme pour les embarcations surchargées
@missing-migrants 8 1,23 search-rescue,migration-data,family-reunification foreign
= Missing and deceased migrants | Migrantes desaparecidos y fallecidos | Migrants disparus et
    décédés
en> identify migrants who died or went missing on the route | collect data on missing migrants for
    their families | set up a DNA database for unidentified remains
en< forensic identification and dignified burial of the dead | registers of people missing on
    migration routes | genetic profiling and cross-border matching of remains
es> identificar a migrantes fallecidos o desaparecidos en la ruta | recopilar datos sobre migrantes
    desaparecidos para sus familias | crear un banco de ADN para restos sin identificar
es< la identificación forense y el entierro digno | los registros de personas desaparecidas en
    rutas migratorias | los perfiles genéticos y el cotejo transfronterizo de restos
fr> identifier les migrants morts ou disparus sur la route | collecter des données sur les migrants
    disparus pour leurs familles | créer une banque ADN pour les restes non identifiés
fr< l'identification médico-légale et l'inhumation digne | les registres de personnes disparues sur
    les routes migratoires | le profilage génétique et le rapprochement des restes
@smuggling 9 10,11 trafficking-id,border-management,search-rescue justice
= Migrant smuggling | Tráfico ilícito de migrantes | Trafic illicite de migrants
en> prosecute migrant smuggling networks | trace the profits of migrant smugglers | cooperate with
    neighbouring prosecutors against smuggling
en< financial investigations into smuggling rings | joint investigation teams across transit
    countries | specialised prosecutors for organised smuggling
es> procesar a las redes de tráfico de migrantes | rastrear las ganancias de los traficantes |
    cooperar con fiscales vecinos contra el tráfico
es< las investigaciones financieras sobre redes de tráfico | los equipos conjuntos de investigación
    entre países de tránsito | las fiscalías especializadas en tráfico organizado
fr> poursuivre les réseaux de trafic de migrants | suivre les profits des passeurs | coopérer avec
    les procureurs voisins contre le trafic
fr< les enquêtes financières sur les filières de passeurs | les équipes communes d'enquête entre
    pays de transit | les parquets spécialisés dans le trafic organisé
@trafficking-id 10 7,12 smuggling,border-screening,domestic-workers justice
= Identifying trafficking victims | Identificación de víctimas de trata | Identification des
    victimes de traite
en> identify victims of trafficking among migrants | train frontline staff to recognise trafficking
    | refer trafficking victims to shelters
en< interview guides to spot people exploited by traffickers | courses for police and nurses on
    signs of exploitation | referral mechanisms linking survivors to shelter and legal aid
es> identificar a víctimas de trata entre los migrantes | capacitar al personal de primera línea
    para reconocer la trata | derivar a las víctimas de trata a albergues
es< las guías de entrevista para detectar personas explotadas | los cursos para policías y
    enfermeras sobre señales de explotación | los mecanismos de derivación de sobrevivientes
fr> identifier les victimes de traite parmi les migrants | former le personnel de première ligne à
    repérer la traite | orienter les victimes de traite vers des foyers
fr< les guides d'entretien pour repérer les personnes exploitées | les formations pour policiers et
    infirmiers sur les signes d'exploitation | les mécanismes d'orientation des survivants
@border-management 11 12,23 border-screening,smuggling,migration-data interior
= Integrated border management | Gestión integrada de fronteras | Gestion intégrée des frontières
en> coordinate agencies at our border crossings | modernise border management with neighbours | set
    up joint border posts
en< customs, police and immigration working as one at the border | one-stop posts run by two
    neighbouring states | shared entry-exit systems and risk analysis
es> coordinar a las instituciones en nuestros pasos fronterizos | modernizar la gestión de
    fronteras con los vecinos | crear puestos fronterizos conjuntos
es< las aduanas, la policía y migración trabajando juntas en frontera | los puestos únicos operados
    por dos Estados vecinos | los sistemas compartidos de entradas y salidas
fr> coordonner les administrations à nos postes frontières | moderniser la gestion des frontières
    avec nos voisins | créer des postes frontières conjoints
fr< les douanes, la police et l'immigration travaillant ensemble | les postes juxtaposés gérés par
    deux États voisins | les systèmes partagés d'entrée-sortie
@border-screening 12 7,13 border-management,trafficking-id,detention-alternatives migration
= Screening and referral at borders | Evaluación y derivación en fronteras | Filtrage et
    orientation aux frontières
en> screen arrivals at the border and refer vulnerable migrants | set up referral pathways for
    asylum seekers | assess protection needs in mixed movements
en< vulnerability screening at first contact | procedures routing each new arrival to the right
    service | profiling mixed flows to identify refugees and victims
es> evaluar a quienes llegan y derivar a migrantes vulnerables | crear rutas de derivación para
    solicitantes de asilo | valorar necesidades de protección en flujos mixtos
es< el tamizaje de vulnerabilidad en el primer contacto | los procedimientos que dirigen a cada
    recién llegado al servicio adecuado | la caracterización de flujos mixtos
fr> filtrer les arrivées et orienter les migrants vulnérables | créer des circuits d'orientation
    pour les demandeurs d'asile | évaluer les besoins de protection dans les flux mixtes
fr< le repérage des vulnérabilités au premier contact | les procédures qui dirigent chaque arrivant
    vers le bon service | le profilage des flux mixtes
@detention-alternatives 13 7,12 detention-monitoring,detention-children,border-screening migration
= Alternatives to immigration detention | Alternativas a la detención migratoria | Alternatives à
    la rétention
en> set up community case management instead of immigration detention | release migrants from
    detention into supervised programmes | replace detention with reporting and case workers
en< caseworkers who keep migrants in the community, not in detention | non-custodial options such
    as open housing and sureties | programmes that resolve cases without detention
es> implementar la gestión de casos en comunidad en lugar de la detención migratoria | liberar a
    migrantes detenidos hacia programas supervisados | reemplazar la detención con presentaciones y
    gestores de casos
es< el acompañamiento que mantiene a los migrantes en la comunidad | las opciones no privativas de
    libertad como la acogida abierta | los programas que resuelven casos sin detención
fr> mettre en place une gestion des cas en milieu ouvert au lieu de la rétention | libérer les
    migrants retenus vers des programmes encadrés | remplacer la rétention par le pointage et des
    travailleurs sociaux
fr< l'accompagnement qui maintient les migrants dans la communauté | les mesures non privatives de
    liberté comme l'hébergement ouvert | les programmes qui règlent les dossiers sans rétention
@detention-children 13 7,15 detention-alternatives,unaccompanied-children,education-access social
= Ending child immigration detention | Fin de la detención de niños migrantes | Fin de la rétention
    des enfants
en> end the immigration detention of children and families | move detained migrant families into
    community care | pass a law banning the detention of children
en< steps so that no child is detained for migration reasons | family housing with social support
    while cases are decided | legal reforms prohibiting child detention
es> poner fin a la detención migratoria de niños y familias | trasladar a familias detenidas a
    cuidados comunitarios | aprobar una ley que prohíba detener a niños
es< las medidas para que ningún niño sea detenido por motivos migratorios | el alojamiento familiar
    con apoyo social | las reformas legales que prohíben detener a menores
fr> mettre fin à la rétention des enfants et des familles | transférer les familles retenues vers
    un accueil communautaire | adopter une loi interdisant la rétention des enfants
fr< les mesures pour qu'aucun enfant ne soit enfermé pour motif migratoire | l'hébergement familial
    avec appui social | les réformes qui interdisent d'enfermer des mineurs
@detention-monitoring 13 7,17 detention-alternatives,detention-children,labour-inspection justice
= Monitoring immigration detention | Monitoreo de la detención migratoria | Contrôle des lieux de
    rétention
en> monitor conditions in immigration detention centres | visit places where migrants are detained
    | document ill-treatment in immigration detention
en< unannounced inspections of immigration holding facilities | oversight of overcrowding and
    access to lawyers in custody | reports on abuse of migrants held in custody
es> monitorear las condiciones en centros de detención migratoria | visitar lugares donde hay
    migrantes detenidos | documentar malos tratos en la detención migratoria
es< las inspecciones sin aviso a estaciones migratorias | la supervisión del hacinamiento y el
    acceso a abogados | los informes sobre abusos contra migrantes privados de libertad
fr> surveiller les conditions dans les centres de rétention | visiter les lieux où des migrants
    sont retenus | documenter les mauvais traitements en rétention
fr< les inspections inopinées des lieux d'enfermement d'étrangers | le contrôle de la surpopulation
    et de l'accès aux avocats | les rapports sur les abus subis par les migrants enfermés
@consular-protection 14 4,7 legal-identity,domestic-workers,dignified-return foreign
= Consular protection | Protección consular | Protection consulaire
en> protect our nationals in distress abroad | create an emergency fund for citizens stranded
    abroad | train consular staff to assist migrant workers
en< consular help for citizens arrested or abused overseas | repatriation budgets for stranded
    compatriots | courses for embassy staff handling workers' cases
es> proteger a nuestros nacionales en apuros en el exterior | crear un fondo de emergencia para
    ciudadanos varados | capacitar al personal consular para asistir a trabajadores migrantes
es< la asistencia consular a ciudadanos detenidos o maltratados | los fondos de repatriación para
    connacionales varados | los cursos para embajadas que atienden casos laborales
fr> protéger nos ressortissants en détresse à l'étranger | créer un fonds d'urgence pour les
    citoyens bloqués à l'étranger | former le personnel consulaire à assister les travailleurs
    migrants
fr< l'assistance consulaire aux citoyens arrêtés ou maltraités | les budgets de rapatriement pour
    les compatriotes bloqués | les formations des ambassades qui suivent des dossiers de
    travailleurs
@health-access 15 7,16 education-access,city-inclusion,detention-children health
= Health care for migrants | Salud para migrantes | Santé des migrants
en> give migrants primary health care regardless of status | provide mental health care to migrants
    | include migrants in vaccination campaigns
en< clinics treating undocumented patients for free | psychosocial support and trauma care |
    immunisation outreach in settlements and shelters
es> dar a los migrantes atención primaria de salud sin importar su estatus | ofrecer atención de
    salud mental a migrantes | incluir a los migrantes en las campañas de vacunación
es< las clínicas que atienden gratis a pacientes indocumentados | el apoyo psicosocial y la
    atención del trauma | las jornadas de inmunización en asentamientos y albergues
fr> donner aux migrants des soins de santé primaires quel que soit leur statut | offrir des soins
    de santé mentale aux migrants | inclure les migrants dans les campagnes de vaccination
fr< les centres qui soignent gratuitement les patients sans papiers | le soutien psychosocial et la
    prise en charge du trauma | les tournées d'immunisation dans les campements et foyers
@education-access 15 16,18 health-access,skills-recognition,legal-identity education
= Schooling of migrant children | Escolarización de niños migrantes | Scolarisation des enfants
    migrants
en> enrol migrant children in school without documents | teach the national language to newly
    arrived pupils | keep migrant students from dropping out
en< school admission for pupils who lack papers | language catch-up classes for newcomers |
    mentoring that helps teenagers finish secondary school
es> matricular a niños migrantes en la escuela sin documentos | enseñar el idioma nacional a
    alumnos recién llegados | evitar que estudiantes migrantes abandonen la escuela
es< la admisión escolar de alumnos sin papeles | las clases de nivelación lingüística | las
    tutorías para terminar la secundaria
fr> scolariser les enfants migrants sans documents | enseigner la langue nationale aux élèves
    nouvellement arrivés | empêcher le décrochage des élèves migrants
fr< l'admission scolaire des élèves sans papiers | les classes de mise à niveau linguistique | le
    tutorat pour finir le secondaire
@city-inclusion 16 15,17 xenophobia,health-access,diaspora-investment social
= Local inclusion and social cohesion | Inclusión local y cohesión social | Inclusion locale et
    cohésion sociale
en> promote migrant inclusion and social cohesion in our city | open a municipal welcome centre for
    newcomers | involve migrant residents in local decisions
en< neighbourhood programmes bringing residents and newcomers together | one-stop municipal offices
    guiding people to services | migrant advisory councils in city halls
es> promover la inclusión de migrantes y la cohesión social en nuestra ciudad | abrir un centro
    municipal de bienvenida | involucrar a residentes migrantes en decisiones locales
es< los programas barriales que acercan a vecinos y recién llegados | las ventanillas municipales
    únicas | los consejos consultivos de migrantes en los ayuntamientos
fr> favoriser l'inclusion des migrants et la cohésion sociale dans notre ville | ouvrir un centre
    municipal d'accueil | associer les habitants migrants aux décisions locales
fr< les programmes de quartier qui rapprochent habitants et nouveaux venus | les guichets
    municipaux uniques | les conseils consultatifs de migrants dans les mairies
@xenophobia 17 16,3 city-inclusion,pre-departure-info,migration-data social
= Countering xenophobia | Contra la xenofobia | Lutte contre la xénophobie
en> counter hate speech and xenophobia against migrants | train journalists to report on migration
    accurately | change negative perceptions of migrants
en< monitoring and answering online hate | newsroom workshops on fact-based reporting | campaigns
    telling positive stories of people who moved
es> combatir el discurso de odio y la xenofobia | capacitar a periodistas para informar con rigor
    sobre migración | cambiar la percepción negativa de los migrantes
es< el monitoreo y la respuesta al odio en línea | los talleres en redacciones sobre periodismo
    basado en hechos | las campañas con historias positivas de quienes llegaron
fr> lutter contre les discours de haine et la xénophobie | former les journalistes à traiter la
    migration avec rigueur | changer les perceptions négatives des migrants
fr< la veille et la riposte face à la haine en ligne | les ateliers en rédaction sur un journalisme
    factuel | les campagnes qui racontent des parcours positifs
@skills-recognition 18 5,6 labour-agreements,education-access,reintegration education
= Recognition of skills and diplomas | Reconocimiento de competencias y títulos | Reconnaissance
    des compétences et diplômes
en> recognise the qualifications of migrant workers | validate diplomas nurses obtained abroad |
    certify skills returnees gained abroad
en< fast-track evaluation of foreign degrees and licences | bridging courses for foreign-trained
    health staff | assessment of skills learned informally
es> reconocer las cualificaciones de trabajadores migrantes | convalidar títulos de enfermería
    obtenidos fuera | certificar competencias adquiridas por retornados
es< la evaluación acelerada de títulos y licencias extranjeras | los cursos puente para personal
    sanitario formado fuera | la valoración de saberes adquiridos informalmente
fr> reconnaître les qualifications des travailleurs migrants | valider les diplômes d'infirmière
    obtenus à l'étranger | certifier les compétences des personnes de retour
fr< l'évaluation accélérée des titres et licences étrangers | les formations passerelles pour
    soignants formés ailleurs | la validation des acquis informels
@diaspora-investment 19 20,21 remittance-costs,financial-inclusion,reintegration foreign
= Diaspora investment | Inversión de la diáspora | Investissement de la diaspora
en> mobilise diaspora investment in our regions of origin | engage diaspora professionals in
    national development | create a diaspora bond or matching fund
en< co-investment schemes for emigrants' savings | short missions by expatriate doctors and
    engineers | matching grants that double diaspora contributions
es> movilizar la inversión de la diáspora en nuestras regiones de origen | vincular a profesionales
    de la diáspora con el desarrollo | crear un bono de la diáspora o un fondo de contrapartida
es< los esquemas de coinversión para ahorros de emigrantes | las misiones cortas de médicos e
    ingenieros expatriados | los fondos que duplican los aportes de la diáspora
fr> mobiliser l'investissement de la diaspora dans nos régions d'origine | associer les
    professionnels de la diaspora au développement | créer une obligation diaspora ou un fonds de
    contrepartie
fr< le co-investissement de l'épargne des émigrés | les missions courtes de médecins et ingénieurs
    expatriés | les subventions qui doublent les apports de la diaspora
@remittance-costs 20 1,19 financial-inclusion,migration-data,diaspora-investment finance
= Cost of remittances | Costo de las remesas | Coût des envois de fonds
en> reduce the cost of sending remittances home | publish data comparing remittance fees | open the
    remittance market to digital providers
en< lower fees on remittance corridors | price comparison of money transfer operators | rules
    letting mobile money compete on transfers
es> reducir el costo de enviar remesas al país | publicar datos que comparen comisiones de remesas
    | abrir el mercado de remesas a proveedores digitales
es< las comisiones más bajas en los corredores de remesas | la comparación de precios de las
    remesadoras | las normas que abren las transferencias al dinero móvil
fr> réduire le coût des envois de fonds vers le pays | publier des données comparant les frais
    d'envoi | ouvrir le marché des envois de fonds au numérique
fr< la baisse des frais sur les corridors de transfert | la comparaison des tarifs des opérateurs
    de transfert d'argent | les règles ouvrant les transferts au paiement mobile
@financial-inclusion 20 16,19 remittance-costs,diaspora-investment,city-inclusion finance
= Financial inclusion of migrants | Inclusión financiera de migrantes | Inclusion financière des
    migrants
en> open bank accounts for migrants and remittance families | teach financial literacy to migrant
    women | help migrants access credit and savings
en< basic accounts opened with alternative ID | money management courses for women receiving
    remittances | microcredit and savings groups for the unbanked
es> abrir cuentas bancarias a migrantes y familias receptoras de remesas | enseñar educación
    financiera a mujeres migrantes | facilitar a los migrantes el crédito y el ahorro
es< las cuentas básicas con identificación alternativa | los cursos de manejo del dinero para
    mujeres | el microcrédito y los grupos de ahorro
fr> ouvrir des comptes bancaires aux migrants et familles recevant des fonds | enseigner
    l'éducation financière aux femmes migrantes | faciliter l'accès des migrants au crédit et à
    l'épargne
fr< les comptes de base ouverts avec une pièce alternative | les cours de gestion budgétaire pour
    les femmes | le microcrédit et les tontines
@reintegration 21 18,19 dignified-return,diaspora-investment,skills-recognition labour
= Reintegration of returnees | Reintegración de retornados | Réintégration des personnes de retour
en> support the sustainable reintegration of returned migrants | help returnees find jobs or start
    a business | provide psychosocial support to deportees
en< reinsertion packages with income, housing and community support | business grants and job
    placement for people back home | counselling for families after a forced return
es> apoyar la reintegración sostenible de migrantes retornados | ayudar a los retornados a
    encontrar empleo o emprender | dar apoyo psicosocial a personas deportadas
es< los paquetes de reinserción con ingresos y vivienda | las subvenciones a negocios y colocación
    laboral | la orientación a familias tras un regreso forzado
fr> soutenir la réintégration durable des migrants de retour | aider les personnes de retour à
    trouver un emploi | apporter un soutien psychosocial aux expulsés
fr< les programmes de réinsertion avec revenu et logement | les subventions aux microentreprises et
    le placement | l'écoute des familles après un retour forcé
@dignified-return 21 14,23 reintegration,consular-protection,detention-alternatives migration
= Safe and dignified return | Retorno seguro y digno | Retour sûr et digne
en> organise safe and dignified voluntary return | agree readmission procedures that respect human
    rights | counsel migrants about their options before return
en< assisted voluntary departure with tickets and escort | return arrangements with rights
    safeguards and monitoring | pre-departure counselling for informed choices
es> organizar el retorno voluntario seguro y digno | acordar procedimientos de readmisión
    respetuosos de los derechos | orientar a los migrantes sobre sus opciones antes del retorno
es< la salida voluntaria asistida con pasajes y acompañamiento | los arreglos de regreso con
    salvaguardias de derechos | la consejería previa para decidir con información
fr> organiser le retour volontaire sûr et digne | convenir de procédures de réadmission
    respectueuses des droits | conseiller les migrants sur leurs options avant le retour
fr< le départ volontaire assisté avec billets et accompagnement | les arrangements de rapatriement
    avec garanties | l'entretien préalable pour décider en connaissance de cause
@social-security 22 6,23 labour-agreements,domestic-workers,remittance-costs labour
= Portability of social security | Portabilidad de la seguridad social | Portabilité de la sécurité
    sociale
en> make pensions portable for migrant workers | negotiate a social security agreement with
    destination countries | let migrant workers claim benefits earned abroad
en< totalising contribution periods for retirement | bilateral conventions coordinating pension
    schemes | paying earned benefits after workers go home
es> hacer portables las pensiones de trabajadores migrantes | negociar un convenio de seguridad
    social con países de destino | permitir cobrar prestaciones generadas en el exterior
es< la totalización de cotizaciones para la jubilación | los convenios bilaterales de pensiones |
    el pago de prestaciones tras el regreso
fr> rendre les retraites transférables pour les travailleurs migrants | négocier une convention de
    sécurité sociale avec les pays de destination | permettre de toucher les prestations acquises à
    l'étranger
fr< la totalisation des cotisations pour la retraite | les conventions bilatérales de coordination
    des régimes | le versement des prestations après le retour
@labour-agreements 23 5,6 fair-recruitment,skills-recognition,social-security labour
= Bilateral labour agreements | Acuerdos laborales bilaterales | Accords bilatéraux de main-d'œuvre
en> negotiate a bilateral labour migration agreement | set up a seasonal worker programme with a
    destination country | assess how our labour agreements protect workers
en< government-to-government deals opening legal jobs abroad | circular schemes for harvest and
    tourism jobs | reviews of labour mobility deals and their effect on rights
es> negociar un acuerdo bilateral de migración laboral | crear un programa de trabajo temporal con
    un país de destino | evaluar cómo nuestros acuerdos laborales protegen a los trabajadores
es< los convenios entre gobiernos que abren empleos legales fuera | los esquemas circulares de
    cosecha y turismo | la revisión de acuerdos de movilidad laboral
fr> négocier un accord bilatéral de migration de travail | créer un programme de travail saisonnier
    avec un pays de destination | évaluer comment nos accords de main-d'œuvre protègent les
    travailleurs
fr< les conventions entre gouvernements ouvrant des emplois légaux | les dispositifs circulaires de
    récolte et de tourisme | l'examen des accords de mobilité professionnelle
"""


def _parse_countries(text: str) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for entry in " ".join(text.split("\n")).split(";"):
        code, langs, names = entry.strip().split(" ", 2)
        en, es, fr, city = (x.strip() for x in names.split("|"))
        out[code] = Country(tuple(langs.split(",")), (en, es, fr), city)
    return out


def _parse_topics(text: str) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    for block in text.split("@")[1:]:
        head, _, body = block.partition("\n")
        key, objective, related, siblings, ministry = head.split()
        parts = re.split(r"\b(en|es|fr)([<>]) ", " ".join(body.split()))
        sides: dict[str, dict[str, tuple[str, ...]]] = {">": {}, "<": {}}
        for lang, side, phrases in zip(parts[1::3], parts[2::3], parts[3::3], strict=True):
            sides[side][lang] = tuple(p.strip() for p in phrases.split("|"))
        labels = tuple(x.strip() for x in parts[0].removeprefix("= ").split("|"))
        topics[key] = Topic(key, int(objective), tuple(map(int, related.split(","))),
                            tuple(siblings.split(",")), ministry, labels, sides[">"],
                            sides["<"])  # fmt: skip
    return topics


COUNTRIES = _parse_countries(_COUNTRIES)
TOPICS = _parse_topics(_TOPICS)
assert all(code in COUNTRY_M49 for code in COUNTRIES)
assert all(s in TOPICS for topic in TOPICS.values() for s in topic.siblings)
assert all(len(t.labels) == 3 and min(len(t.asks[x]), len(t.gives[x])) >= 3
           for t in TOPICS.values() for x in LANGS)  # fmt: skip

if __name__ == "__main__":
    main()

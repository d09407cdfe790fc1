"""Filtering and facet counting over published practices, held as integer arrays.

Why not SQL: on 100,000 practices a GROUP BY over a tag table costs SQLite 22-30 ms per facet
(measured here), so a list with three facets misses its budget before rendering. Here each
facet is two int32 arrays (row, value code); a filter is a boolean mask and a count is one
``bincount``, well under a millisecond per facet. Pure NumPy, no Django: the loader in
:mod:`gcmhub.practices.browse` feeds it rows read from the database.

Semantics: values of one facet combine with OR, facets with AND. A facet's counts apply every
filter except its own (disjunctive faceting), so a person can widen a selection from the counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class FacetColumn:
    """One facet: parallel arrays of (row, value code) pairs and the value of each code."""

    values: tuple[str, ...]
    codes: Mapping[str, int]
    pair_rows: np.ndarray
    pair_codes: np.ndarray
    totals: np.ndarray  # counts with no filter at all

    @classmethod
    def build(cls, n_rows: int, pairs: Iterable[tuple[int, str]]) -> FacetColumn:
        codes: dict[str, int] = {}
        rows: list[int] = []
        coded: list[int] = []
        for row, value in pairs:
            rows.append(row)
            coded.append(codes.setdefault(value, len(codes)))
        pair_rows = np.asarray(rows, dtype=np.int32)
        pair_codes = np.asarray(coded, dtype=np.int32)
        totals = np.bincount(pair_codes, minlength=len(codes))
        return cls(tuple(codes), codes, pair_rows, pair_codes, totals)

    def mask(self, n_rows: int, selected: Iterable[str]) -> np.ndarray:
        """Rows having any of the selected values; a value never seen matches nothing."""
        wanted = [self.codes[v] for v in selected if v in self.codes]
        out = np.zeros(n_rows, dtype=bool)
        if wanted:
            out[self.pair_rows[np.isin(self.pair_codes, wanted)]] = True
        return out

    def counts(self, row_mask: np.ndarray | None) -> np.ndarray:
        if row_mask is None:
            return self.totals
        keep = row_mask[self.pair_rows]
        return np.bincount(self.pair_codes[keep], minlength=len(self.values))


@dataclass(frozen=True)
class FacetResult:
    total: int
    ids: list[int]  # the requested page of practice ids, in display order
    counts: dict[str, list[tuple[str, int]]]  # facet -> (value, count), most frequent first


class FacetIndex:
    """Published practices in display order, with one :class:`FacetColumn` per facet."""

    def __init__(self, ids: Sequence[int], pairs: Mapping[str, Iterable[tuple[int, str]]]):
        """``ids`` in display order; ``pairs[facet]`` yields (practice id, value)."""
        self.ids = np.asarray(ids, dtype=np.int64)
        row_of = {int(pid): row for row, pid in enumerate(self.ids)}
        self.columns = {
            facet: FacetColumn.build(
                len(self.ids), ((row_of[p], v) for p, v in facet_pairs if p in row_of)
            )
            for facet, facet_pairs in pairs.items()
        }

    def __len__(self) -> int:
        return len(self.ids)

    def query(
        self,
        selected: Mapping[str, Iterable[str]],
        *,
        offset: int = 0,
        limit: int = 20,
        facets: Iterable[str] | None = None,
        within: Iterable[int] | None = None,
        ranked: np.ndarray | None = None,
    ) -> FacetResult:
        """Filter by ``selected`` (unknown facet names ignored), page, and count ``facets``.

        ``within`` restricts to a set of practice ids; ``ranked`` to a set of rows, which then
        also gives the order (a text query's hits, best first).
        """
        n = len(self.ids)
        masks = self.masks(selected)
        base = None if within is None else np.isin(self.ids, np.fromiter(within, np.int64))
        if ranked is not None:
            base = np.zeros(n, dtype=bool) if base is None else base
            base[ranked] = True
        rows = _and(base, *masks.values())
        if ranked is not None:
            page_rows = ranked if rows is None else ranked[rows[ranked]]
        else:
            page_rows = np.arange(n) if rows is None else np.flatnonzero(rows)
        total = int(page_rows.size)
        page = page_rows[offset : offset + limit]
        counts = {}
        for facet in self.columns if facets is None else facets:
            others = [m for f, m in masks.items() if f != facet]
            column = self.columns[facet]
            tally = column.counts(_and(base, *others))
            order = np.lexsort((np.arange(len(tally)), -tally))
            counts[facet] = [(column.values[i], int(tally[i])) for i in order if tally[i] > 0]
        return FacetResult(total, [int(i) for i in self.ids[page]], counts)

    def masks(self, selected: Mapping[str, Iterable[str]]) -> dict[str, np.ndarray]:
        """One boolean row mask per selected facet."""
        n = len(self.ids)
        return {
            f: self.columns[f].mask(n, values)
            for f, values in selected.items()
            if f in self.columns and list(values)
        }

    def filter_mask(self, selected: Mapping[str, Iterable[str]]) -> np.ndarray | None:
        """Rows passing every selected facet, or None when nothing is selected."""
        return _and(*self.masks(selected).values())

    def rows_of(self, ids: Iterable[int]) -> np.ndarray:
        """Rows of the given practice ids, skipping ids not in the index."""
        wanted = np.fromiter(ids, np.int64)
        if wanted.size == 0 or len(self.ids) == 0:
            return np.zeros(0, np.int64)
        order = np.argsort(self.ids)
        found = np.searchsorted(self.ids, wanted, sorter=order)
        found = np.clip(found, 0, len(self.ids) - 1)
        rows = order[found]
        return rows[self.ids[rows] == wanted]


def _and(*masks: np.ndarray | None) -> np.ndarray | None:
    present = [m for m in masks if m is not None]
    if not present:
        return None
    out = present[0].copy()
    for mask in present[1:]:
        out &= mask
    return out

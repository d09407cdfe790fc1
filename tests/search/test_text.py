"""Search terms, ranking arithmetic and snippets: pure functions, no database."""

from __future__ import annotations

import numpy as np

from gcmhub.search import ranking
from gcmhub.search.bm25 import KeywordIndex, required_matches
from gcmhub.search.text import MAX_QUERY_TERMS, query_terms, snippet, snippet_html, terms


def test_it_stems_and_folds_accents_so_variants_meet():
    assert terms("Detained") == terms("detain")
    assert terms("migrants") == terms("migrant")
    assert terms("migración") == terms("migracion")
    assert terms("The children of the city") == terms("children city")


def test_it_reads_fts_syntax_and_sql_as_plain_words():
    assert query_terms('NEAR(detention "unbalanced * - : ') == ["near", "detent", "unbalanc"]
    assert query_terms("'; DROP TABLE practices; --") == ["drop", "tabl", "practic"]
    assert query_terms("🙂🙂") == []
    assert query_terms("") == []


def test_it_bounds_a_very_long_query():
    words = " ".join(f"word{i}" for i in range(5000))
    assert len(query_terms(words)) == MAX_QUERY_TERMS


def test_it_keeps_right_to_left_words():
    assert query_terms("احتجاز الأطفال") != []


def test_bm25_ranks_the_row_with_the_rarer_word_higher():
    index = KeywordIndex.from_texts(
        [("a", "migrants work"), ("b", "migrants detention"), ("c", "migrants")]
    )
    scores, matched = index.search(query_terms("migrants detention"))
    assert int(np.argmax(scores)) == 1
    assert matched.tolist() == [1, 2, 1]


def test_keyword_ranking_requires_both_of_two_words_and_falls_back_to_any():
    index = KeywordIndex.from_texts([("a", "x detention"), ("b", "children detention")])
    both = ranking.keyword(index, "children detention", None)
    assert both.rows.tolist() == [1]
    any_ = ranking.keyword(index, "children zebra", None)
    assert any_.rows.tolist() == [1]
    assert required_matches(1) == 1 and required_matches(3) == 2 and required_matches(6) == 4


def test_keyword_ranking_ranks_only_within_the_filter():
    index = KeywordIndex.from_texts([("a", "detention"), ("b", "detention detention")])
    allowed = np.array([True, False])
    assert ranking.keyword(index, "detention", allowed).rows.tolist() == [0]


def test_fusion_keeps_every_listed_row_and_favours_rows_in_both():
    a = ranking.Ranked(np.array([0, 1]), np.array([2.0, 1.0]))
    b = ranking.Ranked(np.array([1, 2]), np.array([0.9, 0.8]))
    fused = ranking.fuse([(a, 1.0), (b, 1.0)], 3)
    assert fused.rows.tolist()[0] == 1
    assert sorted(fused.rows.tolist()) == [0, 1, 2]


def test_semantic_ranking_drops_rows_far_below_the_best():
    similarity = np.array([0.9, 0.88, 0.70, 0.85], dtype=np.float32)
    has = np.array([True, True, True, False])
    rows = ranking.semantic(similarity, has, None).rows.tolist()
    assert rows == [0, 1]  # row 2 is below the floor, row 3 has no vector


def test_snippet_marks_the_query_words_and_escapes_html():
    text = "Intro. " * 60 + "Children are never <b>detained</b>; case workers follow them."
    segments = snippet(text, set(query_terms("detain children")))
    assert [s.text for s in segments if s.match] == ["Children", "detained"]
    assert segments[0].text == "… "
    html = snippet_html(text, set(query_terms("detained")))
    assert "<mark>detained</mark>" in html and "&lt;b&gt;" in html


def test_snippet_without_a_match_is_the_beginning():
    segments = snippet("Short text here.", {"zzz"})
    assert "".join(s.text for s in segments) == "Short text here."

"""Booklet structure from converted text: objectives, actions, examples, SDG targets, footnotes.

The fixture is a miniature booklet written for these tests (the real one is read from the seeds
folder in ``test_seeds.py``); it carries the same conversion faults.
"""

from __future__ import annotations

from gcmhub.ingest.booklet import count_titles, parse_booklet
from gcmhub.ingest.source import Line

MINI = """\
# About this guide

# International frameworks underpinning the GCM

#### Convention on the Rights of the Child (CRC), 1989

States parties promise to put the best interests of children first.

### Other international conventions and frameworks

Made-up Convention against Examples, also known as the Test Convention, \
(entering into force in 2003) which binds parties to write tests.

# Collect and utilize accurate and disaggregated data as a basis for evidence-based policies

#### ASSOCIATED ACTIONS

- (a) Elaborate a strategy for better migration data.
- **(b) Improve comparability of statistics,** including through shared definitions.
- Develop a programme to build national capacities in data.

# POTENTIAL RESPONSES / CONCRETE EXAMPLES

- In 2019, the statistics office of Ruritania ran a census module on migration.<sup>3</sup>
  - It asked about country of birth.
  - It asked about year of arrival.
- The data portal of a regional body publishes migration profiles.$^{4}$

<sup>&</sup>lt;sup>3</sup> Statistics Office (2019), Census report, https://example.org/census

 $<sup>{\\color{blue}^{4} See\\ Portal\\ \\underline{https://example.org/portal}}$

#### SDG 17: Partnerships for the goals

■ 17:18: Enhance capacity to produce high-quality data.

Manage borders in an integrated, secure and coordinated manner

### ASSOCIATED ACTIONS

- (a) Enhance cooperation between border agencies.
- (1) Review border procedures regularly.

- A joint border post was opened between two neighbouring States in 2016 to speed up crossings.5

5 Border Agency (2017), Annual report.

12

- continued text that lost its bullet should not start an example

### ASSOCIATED ACTIONS

- (a) Use migration detention only as a measure of last resort.
- (b) Expand alternatives to detention in the community.

- Case workers now accompany families who wait for a decision, in their own homes.

### RELEVANT SDGS

• **16.3:** Promote the rule of law.

# Useful websites

Example portal

https://example.org/portal
"""


def lines(text: str) -> list[Line]:
    return [Line(t, f"line {i}") for i, t in enumerate(text.split("\n"), start=1)]


def parsed():
    return parse_booklet(lines(MINI))


def test_it_finds_objectives_by_title_even_without_a_heading_mark():
    numbers = [o.number for o in parsed().objectives]
    assert numbers[:2] == [1, 11]


def test_it_infers_a_missing_title_from_order():
    booklet = parsed()
    assert [o.number for o in booklet.objectives] == [1, 11, 12]
    assert any("objective 12" in w and "inferred" in w for w in booklet.warnings)


def test_it_reads_lettered_and_unlettered_actions():
    first = parsed().objectives[0]
    assert [a.letter for a in first.actions] == ["a", "b", "c"]
    assert first.actions[1].text.startswith("Improve comparability of statistics, including")
    assert "**" not in first.actions[1].text


def test_it_reads_a_converted_1_as_the_letter_l():
    assert [a.letter for a in parsed().objectives[1].actions] == ["a", "l"]


def test_each_example_is_one_practice_with_its_sub_bullets():
    examples = [e for e in parsed().examples if e.objective == 1]
    assert len(examples) == 2
    census = examples[0]
    assert census.text.splitlines() == [
        "In 2019, the statistics office of Ruritania ran a census module on migration.",
        "- It asked about country of birth.",
        "- It asked about year of arrival.",
    ]
    first_line = next(i for i, t in enumerate(MINI.split("\n")) if "Ruritania" in t)
    assert census.locator == f"line {first_line + 1}"


def test_footnotes_become_citations_and_their_markers_leave_the_text():
    census, portal = [e for e in parsed().examples if e.objective == 1]
    assert [(c.marker, c.url) for c in census.citations] == [("3", "https://example.org/census")]
    assert census.citations[0].text == "Statistics Office (2019), Census report"
    assert [(c.marker, c.url) for c in portal.citations] == [("4", "https://example.org/portal")]
    assert "$" not in portal.text and "^" not in portal.text and "sup>" not in portal.text


def test_a_marker_glued_to_a_stop_is_resolved_and_removed():
    (border,) = [e for e in parsed().examples if e.objective == 11]
    assert "to speed up crossings. continued text" in border.text
    assert [c.marker for c in border.citations] == ["5"]


def test_page_numbers_and_broken_off_lines_do_not_become_examples():
    texts = [e.text for e in parsed().examples]
    assert not any(t.strip() == "12" for t in texts)
    assert not any(t.startswith("continued text") for t in texts)


def test_sdg_targets_are_read_with_the_colon_typo():
    first, _, detention = parsed().objectives
    assert first.sdg_targets == ["17.18"]
    assert detention.sdg_targets == ["16.3"]


def test_frameworks_are_kept_with_year_and_summary():
    frameworks = {f.name: f for f in parsed().frameworks}
    crc = frameworks["Convention on the Rights of the Child (CRC)"]
    assert crc.year == 1989 and crc.summary.startswith("States parties promise")
    made_up = frameworks["Made-up Convention against Examples"]
    assert made_up.year == 2003


def test_useful_websites_are_kept_as_links():
    assert [(link.title, link.url) for link in parsed().links] == [
        ("Example portal", "https://example.org/portal")
    ]


def test_a_note_is_not_taken_for_a_booklet():
    note = lines("# A concept note\n\nObjective 13 is discussed here.\n")
    assert count_titles(note) == 0
    assert count_titles(lines(MINI)) == 2

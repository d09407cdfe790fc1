"""The objective classifier and ``gcmhub classify``; sentences written for these tests."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from gcmhub.tagging.objectives import ObjectiveClassifier


@pytest.fixture(scope="module")
def classifier():
    return ObjectiveClassifier()


@pytest.mark.parametrize(
    ("text", "objective"),
    [
        (
            "Families wait for their asylum decision at home with a case worker instead of being "
            "held in immigration detention.",
            13,
        ),
        (
            "Les frais d'envoi d'argent vers le pays d'origine ont baissé grâce à un comparateur "
            "des transferts de fonds.",
            20,
        ),
        ("Las víctimas de trata de personas reciben refugio y un permiso de residencia.", 10),
        ("The census now asks for country of birth and year of arrival.", 1),
    ],
)
def test_it_puts_the_right_objective_first_in_three_languages(classifier, text, objective):
    (ranked,) = classifier.classify([text], top_k=3)
    assert ranked[0][0] == objective
    assert len(ranked) == 3 and sum(score for _n, score in ranked) <= 1.0001


@pytest.mark.django_db
def test_the_command_answers_every_good_line_and_names_the_bad_one(reference, capsys):
    lines = "\n".join(
        [
            json.dumps(
                {"id": "a", "text": "Mexican consulates help nationals abroad with lawyers."}
            ),
            "{not json",
            json.dumps({"id": "c", "text": "Remittance costs fell in Kenya."}),
        ]
    )
    with pytest.raises(SystemExit) as exit_info:
        call_command("classify", "--top", "2", stdin=io.StringIO(lines))
    assert exit_info.value.code == 1
    out, err = capsys.readouterr()
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in answers] == ["a", "c"]
    assert answers[0]["objectives"][0]["objective"] == 14 and len(answers[0]["objectives"]) == 2
    assert answers[0]["countries"] == ["MX"] and answers[1]["countries"] == ["KE"]
    assert "line 2" in err

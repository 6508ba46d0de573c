"""The first JSON object in LLM output: prose, fences, nesting, braces inside strings."""

import pytest

from siza_ml.services.llm import extract_json_object, finite_number, iter_json_objects
from siza_ml.services.llm.json_extract import MAX_SCAN_CHARS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"score": 7}', {"score": 7}),
        (
            'Sure! Here is my verdict: {"score": 7, "notes": "ok"} Hope it helps.',
            {"score": 7, "notes": "ok"},
        ),
        ('```json\n{\n  "score": 6.5,\n  "notes": "fine"\n}\n```', {"score": 6.5, "notes": "fine"}),
        (
            '{"notes": "use } and { with care", "score": 3}',
            {"notes": "use } and { with care", "score": 3},
        ),
        (
            '{"notes": "he said \\"}\\" twice", "score": 2}',
            {"notes": 'he said "}" twice', "score": 2},
        ),
        ('{"a": {"b": [1, {"c": "}"}]}, "score": 4}', {"a": {"b": [1, {"c": "}"}]}, "score": 4}),
        ('Template {score: n} then the answer {"score": 8}', {"score": 8}),
        ("{'score': 7} is Python, not JSON; {\"score\": 5}", {"score": 5}),
        ('{"score": NaN} then {"score": 1}', {"score": 1}),
        ('{"broken": [1, 2} {"score": 9}', {"score": 9}),
        ('[{"score": 1}]', {"score": 1}),
        ('{"notes": "ünïcödé ✓ 😀", "score": 10}', {"notes": "ünïcödé ✓ 😀", "score": 10}),
        ('{"score": 2}{"score": 3}', {"score": 2}),
        ("{}", {}),
    ],
)
def test_finds_the_first_complete_object(text, expected):
    assert extract_json_object(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no json here",
        '{"score": 7',
        '{"score": 7,}',
        "}{",
        "{{{{",
        '"just a string"',
        "[1, 2, 3]",
        "{score: 7}",
        '{"score": Infinity}',
    ],
)
def test_none_when_there_is_no_complete_object(text):
    assert extract_json_object(text) is None


def test_accept_skips_objects_the_caller_does_not_want():
    text = 'Context {"framework": "react"} verdict {"score": 4} extra {"score": 9}'
    assert extract_json_object(text, lambda o: "score" in o) == {"score": 4}
    assert list(iter_json_objects(text)) == [{"framework": "react"}, {"score": 4}, {"score": 9}]


def test_nested_objects_are_not_reported_on_their_own():
    assert list(iter_json_objects('{"outer": {"inner": 1}}')) == [{"outer": {"inner": 1}}]


def test_pathological_input_is_bounded_and_never_raises():
    assert extract_json_object('{"a":' * 100_000) is None
    assert extract_json_object("[" * 40_000 + '{"score": 1}') == {"score": 1}
    assert extract_json_object("{" * 200_000) is None
    # Past the scan limit nothing is looked at: the limit is what bounds the work.
    assert extract_json_object(" " * MAX_SCAN_CHARS + '{"score": 1}') is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(7, 7.0), (6.5, 6.5), ("8", 8.0), (" 3.25 ", 3.25), (0, 0.0)],
)
def test_finite_number_accepts_numbers_and_numeric_strings(value, expected):
    assert finite_number(value) == expected


@pytest.mark.parametrize(
    "value", [True, False, None, "seven", "nan", "inf", float("nan"), [7], {"v": 7}]
)
def test_finite_number_rejects_everything_else(value):
    assert finite_number(value) is None

from __future__ import annotations

import json

import pytest
from hypothesis import given

import zwgk
from tests.strategies import plans
from zwgk.errors import ParseError
from zwgk.testing import assert_roundtrip
from zwgk_plugins.json_format import schema


@given(plans)
def test_json_round_trip_is_lossless(plan: zwgk.Plan) -> None:
    assert_roundtrip(plan, "json")


@given(plans)
def test_written_json_validates_against_the_shipped_schema(plan: zwgk.Plan) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads(zwgk.write(plan, format="json"))  # type: ignore[arg-type]
    jsonschema.validate(doc, schema())


def test_seed_round_trips_through_json(tmp_path: object) -> None:
    from tests.conftest import SEEDS

    plan = zwgk.read(SEEDS / "004_40fd49317bf4f7aa.txt")
    assert plan.tasks and plan.residue
    again = assert_roundtrip(plan, "json")
    assert again.tasks == plan.tasks


def test_missing_optional_fields_take_defaults() -> None:
    plan = zwgk.read(b'{"zwgk": "plan", "version": 1, "tasks": [{"text": "x"}]}')
    assert plan.tasks[0] == zwgk.Task("x")


@pytest.mark.parametrize(
    ("doc", "path", "message"),
    [
        ('{"zwgk": "plan", "version": 1, "tasks": [{"text": 1}]}', "$.tasks[0].text", "string"),
        ('{"zwgk": "plan", "version": 1, "tasks": [{}]}', "$.tasks[0]", "missing required"),
        ('{"zwgk": "plan", "version": 1, "date": "2021-13-01"}', "$.date", "ISO date"),
        (
            '{"zwgk": "plan", "version": 1, "tasks": [{"text": "x", "number": -2}]}',
            "$.tasks[0]",
            "int >= 0",
        ),
        ('{"zwgk": "plan", "version": 1, "colour": "red"}', "$", "unknown field"),
        (
            '{"zwgk": "plan", "version": 1, "tasks": '
            '[{"text": "x", "deadline": {"raw": "", "kind": "soon"}}]}',
            "$.tasks[0].deadline.kind",
            "expected one of",
        ),
    ],
)
def test_bad_documents_say_what_and_where(doc: str, path: str, message: str) -> None:
    with pytest.raises(ParseError) as info:
        zwgk.read(doc.encode(), format="json")
    assert info.value.location is not None and info.value.location.path == path
    assert message in str(info.value)


def test_invalid_json_has_a_line_and_column() -> None:
    with pytest.raises(ParseError) as info:
        zwgk.read(b'{"zwgk": "plan",\n "version": 1,,}', format="json")
    assert info.value.location is not None
    assert info.value.location.line == 2


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (b'{"version": 1}', "not a zwgk plan"),
        (b'{"zwgk": "plan"}', "version"),
        (b'{"zwgk": "plan", "version": 99}', "newer"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[" * 100000, "nested"),
    ],
)
def test_not_a_plan_document(doc: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        zwgk.read(doc, format="json")

"""The validation rules, on their own (Hypothesis for the shapes of input)."""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from course_studio.domain import rules
from course_studio.domain.errors import ValidationError

valid_codes = st.from_regex(r"\A[A-Z][A-Z0-9]{1,8}(?:[-_.][A-Z0-9]{1,4})?\Z")


@given(valid_codes)
def test_valid_codes_pass_and_normalise(code: str) -> None:
    assert rules.check_code(code.lower()) == code
    assert rules.check_code(f"  {code} ") == code


@given(st.text(min_size=1, max_size=30))
def test_any_code_is_accepted_or_rejected_with_a_sentence(text: str) -> None:
    try:
        code = rules.check_code(text)
    except ValidationError as exc:
        assert exc.field == "code"
        assert exc.message.endswith(".")
    else:
        assert rules.CODE_MIN <= len(code) <= rules.CODE_MAX
        assert code == code.upper()


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("", "needs a code"),
        ("C", "2 to 20"),
        ("1CS", "starts with a letter"),
        ("CS 101", "not a space"),
        ("CS/101", "not '/'"),
        ("CS--101", "go between"),
        ("A" * 21, "2 to 20"),
    ],
)
def test_bad_codes_say_what_is_wrong(code: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        rules.check_code(code)


@given(st.text(alphabet=string.ascii_letters + " ", min_size=0, max_size=200))
def test_title_length(text: str) -> None:
    clean = " ".join(text.split())
    if rules.TITLE_MIN <= len(clean) <= rules.TITLE_MAX:
        assert rules.check_title(text) == clean
    else:
        with pytest.raises(ValidationError) as info:
            rules.check_title(text)
        assert info.value.field == "title"


@given(st.dates(), st.dates())
def test_dates_in_order(start: dt.date, end: dt.date) -> None:
    if end >= start:
        rules.check_dates(start, end)
    else:
        with pytest.raises(ValidationError) as info:
            rules.check_dates(start, end)
        assert info.value.field == "end_date"
        assert rules.format_date(end) in info.value.message


@given(st.one_of(st.integers(), st.text(max_size=8), st.none(), st.floats(), st.booleans()))
def test_capacity(value: object) -> None:
    try:
        seats = rules.check_capacity(value)
    except ValidationError as exc:
        assert exc.field == "capacity"
    else:
        assert seats is None or 1 <= seats <= rules.CAPACITY_MAX


@given(st.emails())
def test_generated_emails_are_valid(email: str) -> None:
    try:
        clean = rules.check_email(email)
    except ValidationError as exc:  # some RFC-valid forms (IP literals ...) are refused
        assert exc.field == "email"
    else:
        assert clean == clean.lower()
        assert "@" in clean


@pytest.mark.parametrize(
    "email",
    ["", "ada", "ada@", "@example.org", "ada@@example.org", "ada@example", "a b@example.org"],
)
def test_bad_emails(email: str) -> None:
    with pytest.raises(ValidationError) as info:
        rules.check_email(email)
    assert info.value.field == "email"


@given(st.lists(st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,10}\Z"), max_size=rules.TAGS_MAX))
def test_tags_normalise(tags: list[str]) -> None:
    out = rules.check_tags([t.upper() for t in tags])
    assert out == tuple(sorted(set(tags)))


def test_tags_reject_quotes_and_too_many() -> None:
    with pytest.raises(ValidationError, match="may only use"):
        rules.check_tags(['py"thon'])
    with pytest.raises(ValidationError, match="at most 20 tags"):
        rules.check_tags([f"t{i}" for i in range(21)])


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("EN", "en"), ("pt_br", "pt-BR"), ("de", "de"), (None, "en"), ("zh-hant", "zh-Hant")],
)
def test_languages(raw: str | None, clean: str) -> None:
    assert rules.check_language(raw) == clean


def test_bad_language() -> None:
    with pytest.raises(ValidationError, match="code such as"):
        rules.check_language("English")


@given(st.one_of(st.floats(allow_nan=True), st.integers(), st.text(max_size=5), st.none()))
def test_score(value: object) -> None:
    try:
        score = rules.check_score(value)
    except ValidationError as exc:
        assert exc.field == "score"
    else:
        assert score is None or 0 <= score <= 100


def test_timestamps_become_naive_utc() -> None:
    aware = dt.datetime(2026, 9, 1, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert rules.check_timestamp(aware) == dt.datetime(2026, 9, 1, 12, 0)
    assert rules.check_timestamp("2026-09-01T12:00:00Z") == dt.datetime(2026, 9, 1, 12, 0)
    with pytest.raises(ValidationError):
        rules.check_timestamp("yesterday")

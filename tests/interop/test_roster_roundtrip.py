"""Property: any roster survives export and import unchanged, in every roster format
that can say everything in it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import course_studio
from course_studio.interop import export_roster, import_roster
from tests.interop.conftest import memberships, people

WORD = st.text(
    alphabet=st.characters(
        categories=("Lu", "Ll", "Lo", "Nd"), include_characters="'-.,\"", codec="utf-8"
    ),
    min_size=1,
    max_size=12,
).filter(lambda w: w.strip(" ") == w and w[0].isalnum())
NAME = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
SIS = st.one_of(
    st.none(),
    st.text(
        alphabet=st.characters(categories=("Lu", "Nd"), include_characters="-_/:"),
        min_size=1,
        max_size=20,
    ).filter(lambda t: t[0].isalnum()),
)
MEMBER = st.tuples(
    NAME,
    NAME,
    SIS,
    st.sampled_from(["student", "ta"]),
    st.sampled_from(["active", "completed", "dropped", "waitlisted"]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    members=st.lists(MEMBER, min_size=1, max_size=8),
    fmt=st.sampled_from(["oneroster", "canvas"]),
)
def test_random_rosters_survive_export_and_import(
    members: list[tuple[str, str, str | None, str, str]], fmt: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with course_studio.open_studio(root / "a", username="tester") as studio:
            course = studio.courses.create(
                code="RT101",
                title="Round trip",
                term="Spring 2027",
                start_date="2027-01-10",
                end_date="2027-05-20",
            )
            used: set[str] = set()
            for index, (given_name, family, sis, role, status) in enumerate(members):
                if sis in used:
                    sis = None
                if sis:
                    used.add(sis)
                student = studio.students.create(
                    given_name=given_name,
                    family_name=family,
                    email=f"person{index}@example.org",
                    external_id=sis,
                )
                row = studio.enrollments.enroll(
                    course.id,
                    student.id,
                    role=role,
                    status="waitlisted" if status == "waitlisted" else None,
                )
                if status in ("completed", "dropped"):
                    studio.enrollments.change_status(row.id, status)
            out = root / "out.zip"
            assert export_roster(studio, course.id, out, format=fmt).ok
            with course_studio.open_studio(root / "b", username="tester") as other:
                report = import_roster(other, out)
                assert report.ok, report.errors
                assert people(other) == people(studio)
                assert memberships(other) == memberships(studio)
                # and once more: nothing to change
                again = import_roster(other, out)
                assert again.counts["students_updated"] == 0
                assert again.counts["enrollments_updated"] == 0
                assert again.counts["enrollments_created"] == 0

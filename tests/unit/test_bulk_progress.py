"""bulk_enroll reports progress, and an exception from the callback (Cancel) writes
nothing."""

from __future__ import annotations

from typing import Any

import pytest

from course_studio import Studio
from tests.conftest import unchanged


class Stop(Exception):
    pass


def _entries(n: int) -> list[dict[str, Any]]:
    return [
        {"given_name": f"G{i}", "family_name": f"F{i}", "email": f"s{i}@example.org", "line": i + 1}
        for i in range(n)
    ]


def test_progress_reaches_the_total(studio: Studio, course: Any) -> None:
    seen: list[tuple[int, int]] = []
    studio.courses.update(course.id, capacity=None)
    result = studio.enrollments.bulk_enroll(
        course.id, _entries(120), progress=lambda d, t: seen.append((d, t))
    )
    assert len(result.created) == 120
    assert seen[0] == (0, 240) and seen[-1] == (240, 240)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_an_exception_from_progress_rolls_everything_back(studio: Studio, course: Any) -> None:
    def cancel(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    with unchanged(studio), pytest.raises(Stop):
        studio.enrollments.bulk_enroll(course.id, _entries(200), progress=cancel)

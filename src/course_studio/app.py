"""Composition root of the desktop app: builds the store, the services and the window."""

from __future__ import annotations

import argparse

from .facade import open_studio


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app on the chosen data dir.

    Until the window lands, this prints what the data dir holds.
    """
    with open_studio(args.data_dir) as studio:
        courses = studio.courses.list()
        mine = studio.courses.my_courses()
        me = studio.instructors.me_record()
        print(f"Course Studio — {studio.data_dir}")
        print(f"Signed in as {me.display_name}: {len(mine)} of {len(courses)} courses are yours.")
        for course in mine[:15]:
            avg = "—" if course.avg_progress is None else f"{course.avg_progress:.0f} %"
            print(
                f"  {course.code:<10} {course.title:<36} {course.term:<12} "
                f"{course.enrolled:>4} enrolled  {avg:>6} done  {course.at_risk:>3} at risk"
            )
    return 0

"""The feature widgets the main window hosts but does not define: the notifier and
Activity panel, the error path, and the Enrollments and Progress tabs. The shell
imports them from here, so it names each in one place."""

from __future__ import annotations

from .activity_panel import ActivityPanel
from .enrollments_tab import EnrollmentsTab
from .errors import install_exception_hook, show_error
from .notifier import Notifier
from .progress_tab import ProgressTab

__all__ = [
    "ActivityPanel",
    "EnrollmentsTab",
    "Notifier",
    "ProgressTab",
    "install_exception_hook",
    "show_error",
]

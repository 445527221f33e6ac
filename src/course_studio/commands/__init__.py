"""Subcommands of ``course-studio``; each module has ``register(subparsers)`` that adds
its parser and sets ``handler``. Add a new module to COMMANDS to make it appear."""

from types import ModuleType

from . import backups, demo, exports, imports, sync

COMMANDS: tuple[ModuleType, ...] = (demo, imports, exports, backups, sync)

"""Undo commands that only call service methods.

An action first runs on the database worker; only when it succeeded is a
:class:`ServiceCommand` pushed (its first ``redo`` does nothing: the work is done).
Later undo and redo run the inverse and the forward calls on the same worker, so they
keep their order with everything else the instructor does.

``undo_callable(stack, command)`` is what a notification carries as its Undo: it
undoes through the stack when the command is the latest one, and otherwise reverts
that one action on its own and takes it off the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack

#: ``runner(kind, text, fn)`` runs ``fn`` on the database worker and reports it;
#: ``kind`` is "Undo" or "Redo", ``text`` the command's name.
Runner = Callable[[str, str, Callable[[], Any]], None]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        runner: Runner,
        *,
        already_done: bool = True,
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._runner = runner
        self._skip_redo = already_done
        self._reverted_alone = False
        self.is_done = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            self.is_done = True
            return
        self.is_done = True
        self._runner("Redo", self.text(), self._redo)

    def undo(self) -> None:
        if self._reverted_alone:  # already reverted from a notification; now leaves
            return
        self.is_done = False
        self._runner("Undo", self.text(), self._undo)

    def revert_alone(self) -> None:
        """Undo this action though later ones stay, and leave the stack."""
        self._reverted_alone = True
        self.is_done = False
        self.setObsolete(True)
        self._runner("Undo", self.text(), self._undo)


def push(stack: QUndoStack, command: ServiceCommand) -> Callable[[], None]:
    """Push an already-done command; return the Undo for its notification."""
    stack.push(command)
    return undo_callable(stack, command)


def undo_callable(stack: QUndoStack, command: ServiceCommand) -> Callable[[], None]:
    def undo() -> None:
        if not shiboken6.isValid(command) or not command.is_done:
            return  # undone already (Ctrl+Z), or dropped from the stack
        index = stack.index()
        if index > 0 and stack.command(index - 1) is command:
            stack.undo()
        else:
            command.revert_alone()

    return undo

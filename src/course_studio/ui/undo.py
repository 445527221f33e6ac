"""Undo and redo for edits that go through the services.

An edit is a :class:`ServiceCommand`: a named QUndoCommand whose three steps only call
service methods, on the database worker thread:

    do()      the edit itself                     (create a course)
    revert()  what undoes it                      (move that course to the Trash)
    again()   what redoes it after an undo        (restore it from the Trash)

:class:`UndoRunner` runs ``do()`` first and pushes the command on the stack only when it
succeeded, so a refused edit never lands in the history and its error can go back to
the form it came from. Undo and redo then run ``revert()`` / ``again()`` in the order the
instructor asked for them; if one fails (the course was purged from the Trash since),
the error is shown and the command is dropped from the history at its next turn.

Every tab shares the one stack: build a command, then ``runner.run(command)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError
from .messages import error_text
from .workers import Op


class ServiceCommand(QUndoCommand):
    """One undoable edit; subclasses implement :meth:`do` and :meth:`revert`."""

    #: what the notifier and the Activity panel call it: create, update, delete, ...
    action: ClassVar[str] = "update"

    def __init__(self, studio: Any, text: str) -> None:
        super().__init__(text)
        self.studio = studio
        self.runner: UndoRunner | None = None
        self._skip_redo = False

    # -- the steps, run on the database worker ---------------------------------

    def do(self) -> Any:
        raise NotImplementedError

    def revert(self) -> Any:
        raise NotImplementedError

    def again(self) -> Any:
        return self.do()

    # -- texts -----------------------------------------------------------------

    def summary(self, result: Any) -> str:
        """A sentence for the notification after the edit was made."""
        return QCoreApplication.translate("ServiceCommand", "{change}: done.").format(
            change=self.text()
        )

    # -- QUndoCommand ----------------------------------------------------------

    def redo(self) -> None:
        if self._skip_redo:  # the runner already did it
            self._skip_redo = False
            return
        if self.isObsolete() or self.runner is None:
            return
        self.runner.step(self, undoing=False)

    def undo(self) -> None:
        if self.isObsolete() or self.runner is None:
            return
        self.runner.step(self, undoing=True)


class UndoRunner(QObject):
    """Runs commands on the database worker and keeps the stack in step with them."""

    #: a command's first run succeeded: (command, result)
    done = Signal(object, object)
    #: a command or one of its undo/redo steps failed: (command, exception)
    failed = Signal(object, object)
    #: nothing is running any more
    idle = Signal()

    def __init__(
        self,
        stack: QUndoStack,
        notifier: Any,
        window: QWidget | None,
        show_error: Callable[[QWidget | None, BaseException, str], object],
    ) -> None:
        super().__init__(window)
        self.stack = stack
        self.notifier = notifier
        self.window = window
        self._show_error = show_error
        self._pending = 0
        self._notice: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        command: ServiceCommand,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Do ``command``; on success push it and notify, else report the error.

        ``on_error`` may take the error (return True), e.g. to show it next to a field.
        """
        command.runner = self
        self._pending += 1

        def succeeded(result: Any) -> None:
            command._skip_redo = True
            self.stack.push(command)
            self.notifier.notify(
                command.action, command.summary(result), undo=self.undo_for(command)
            )
            if on_done is not None:
                on_done(result)
            self.done.emit(command, result)
            self._finish()

        def failed(exc: BaseException) -> None:
            handled = on_error(exc) if on_error is not None else False
            if not handled:
                self._report(
                    command,
                    exc,
                    op.trace,
                    self.tr("Could not finish “{change}”").format(change=command.text()),
                )
            self.failed.emit(command, exc)
            self._finish()

        op: Op[Any] = Op(self, command.do)
        op.success(succeeded).failure(failed).run()

    def step(self, command: ServiceCommand, *, undoing: bool) -> None:
        """Run an undo or redo step of a command already on the stack."""
        self._pending += 1
        work = command.revert if undoing else command.again

        def succeeded(_result: Any) -> None:
            done = self.tr("Undid “{change}”.") if undoing else self.tr("Redid “{change}”.")
            self.notifier.notify("undo" if undoing else "redo", done.format(change=command.text()))
            self._finish()

        def failed(exc: BaseException) -> None:
            # It cannot be undone or redone any more: drop it at its next turn.
            command.setObsolete(True)
            what = (
                self.tr("Could not undo “{change}”")
                if undoing
                else self.tr("Could not redo “{change}”")
            )
            self._report(command, exc, op.trace, what.format(change=command.text()))
            self.failed.emit(command, exc)
            self._finish()

        op: Op[Any] = Op(self, work)
        op.success(succeeded).failure(failed).run()

    def undo_for(self, command: ServiceCommand) -> Callable[[], None]:
        """An undo callable for the Activity panel: undoes ``command`` if it is the
        latest change, and otherwise says why not."""

        def undo() -> None:
            index = self.stack.index()
            if index > 0 and self.stack.command(index - 1) is command:
                self.stack.undo()
                return
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Undo"),
                self.tr(
                    "“{change}” is not the latest change any more. "
                    "Use Edit › Undo to step back through the later changes first."
                ).format(change=command.text()),
                parent=self.window,
            )
            self._notice = box  # a box without a parent lives as long as we hold it
            box.open()

        return undo

    def _report(self, command: ServiceCommand, exc: BaseException, trace: str, what: str) -> None:
        if isinstance(exc, DomainError):
            message = error_text(exc)
        else:
            message = str(exc) or type(exc).__name__
        self.notifier.notify(
            command.action,
            self.tr("{what}: {reason}").format(what=what, reason=message),
            ok=False,
            details=trace,
        )
        self._show_error(self.window, exc, trace)

    def _finish(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.idle.emit()

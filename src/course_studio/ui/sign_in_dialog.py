"""The sign-in dialog: server address, user name and password -> a token.

The password goes to the server once and is never kept; the token it gives is kept in
the OS keyring. Where the computer has no keyring, the dialog says in a sentence that
the sign-in lasts until the app closes. Signed in, the dialog shows who and where, and
offers Sign out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..sync import SyncError
from . import icons
from .messages import tr_message
from .sync_controller import (
    NOT_A_SERVER,
    SyncController,
    SyncState,
    check_server_url,
    host_of,
    tr,
)
from .widgets import FieldMessage, label, muted_label

#: how the sync client starts its sentence when no server answers
UNREACHABLE = "The server could not be reached"


class SignInDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._working = False
        self._server_failure = ""  # what signing in said about the address
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to a Course Studio server"))
        self.setAccessibleName(self.tr("Sign in to a Course Studio server"))
        self.setModal(True)
        self._build()
        controller.signed_in.connect(self._signed_in)
        controller.sign_in_failed.connect(self._failed)
        controller.changed.connect(lambda _view: self._update_state())
        self._update_state()
        self.validate()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(10)
        heading = label(self.tr("Sign in to sync"), "heading")
        heading.setMinimumWidth(460)
        outer.addWidget(heading)
        outer.addWidget(
            muted_label(
                self.tr(
                    "Your courses stay on this computer and you can work offline. Signed in, "
                    "Course Studio sends your changes to the server and fetches your "
                    "colleagues'."
                ),
                wrap=True,
            )
        )
        self.state_label = label(wrap=True)
        self.state_label.setObjectName("signedInAs")
        outer.addWidget(self.state_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        self.server = QLineEdit(self.controller.suggested_server())
        self.server.setObjectName("serverField")
        self.server.setPlaceholderText("https://courses.example.edu")
        self.server.setAccessibleName(self.tr("Server address"))
        self.server_message = FieldMessage()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.server)
        column.addWidget(self.server_message)
        self.username = QLineEdit()
        self.username.setObjectName("usernameField")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("passwordField")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # what the server said about the user name and password shows under them
        self.message = FieldMessage()
        self.message.setObjectName("signInMessage")
        secret = QWidget()
        column = QVBoxLayout(secret)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.password)
        column.addWidget(self.message)
        for caption, field, place in (
            (self.tr("&Server:"), self.server, holder),
            (self.tr("&User name:"), self.username, self.username),
            (self.tr("&Password:"), self.password, secret),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(field)
            form.addRow(buddy, place)
        outer.addLayout(form)

        # Where the sign-in is kept: said plainly when it cannot outlive the app.
        self.keyring_note = QWidget()
        note_row = QHBoxLayout(self.keyring_note)
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.setSpacing(8)
        info = QLabel()
        info.setPixmap(icons.icon("info").pixmap(18, 18))
        info.setAlignment(Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(info)
        self.keyring_label = muted_label(wrap=True)
        self.keyring_label.setObjectName("keyringNote")
        note_row.addWidget(self.keyring_label, 1)
        outer.addWidget(self.keyring_note)

        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ResetRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        self.sign_out_button.clicked.connect(self.sign_out)
        outer.addWidget(buttons)

        self.server.textChanged.connect(self._server_edited)
        for field in (self.server, self.username, self.password):
            field.textChanged.connect(self._edited)

    # -- state -----------------------------------------------------------------

    def _update_state(self) -> None:
        view = self.controller.view
        tokens = self.controller.tokens
        if not tokens.persistent and tokens.reason:
            self.keyring_label.setText(tr_message(tokens.reason))
            self.keyring_note.setVisible(True)
        else:
            self.keyring_label.setText(
                self.tr(
                    "Your sign-in is kept in this computer's keyring; your password is not kept."
                )
            )
            self.keyring_note.setVisible(True)
        if view.signed_in and view.server_url:
            who = view.account_name or self.tr("you")
            self.state_label.setText(
                self.tr(
                    "Signed in to {host} as {who}. Sign in again to use another password, "
                    "or sign out."
                ).format(host=host_of(view.server_url), who=who)
            )
        elif view.state is SyncState.SIGN_IN:
            self.state_label.setText(
                self.tr("The server {host} asks you to sign in again.").format(
                    host=host_of(view.server_url)
                )
            )
        elif view.account_name and view.server_url:
            self.state_label.setText(
                self.tr("This data folder syncs as {name} on {host}.").format(
                    name=view.account_name, host=host_of(view.server_url)
                )
            )
        else:
            self.state_label.setText("")
        self.state_label.setVisible(bool(self.state_label.text()))
        self.sign_out_button.setVisible(view.signed_in)

    def prepare(self) -> None:
        """Before each opening: the current state, the known server, no old password."""
        self.password.clear()
        self.message.clear_message()
        if not self.server.text().strip():
            self.server.setText(self.controller.suggested_server())
        self._update_state()
        self.validate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = self.server if not self.server.text() else self.username
        if self.username.text():
            target = self.password
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _server_edited(self) -> None:
        self._server_failure = ""

    def _edited(self) -> None:
        self.message.clear_message()
        self.validate()

    def validate(self) -> bool:
        url_problem = ""
        if self.server.text().strip():
            try:
                check_server_url(self.server.text())
            except SyncError as exc:
                url_problem = exc.message
        url_problem = url_problem or self._server_failure
        self.server_message.show_message(url_problem)
        ok = (
            bool(self.server.text().strip())
            and not url_problem
            and bool(self.username.text().strip())
            and bool(self.password.text())
        )
        self.sign_in_button.setEnabled(ok and not self._working)
        return ok

    # -- actions ---------------------------------------------------------------

    def sign_in(self) -> None:
        if self._working or not self.validate():
            return
        self._working = True
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setText(self.tr("Signing in…"))
        self.controller.sign_in(self.server.text(), self.username.text(), self.password.text())

    def _signed_in(self, _name: str) -> None:
        if not self._working:
            return
        self._working = False
        self.password.clear()
        self.sign_in_button.setText(self.tr("Sign in"))
        self.accept()

    def _failed(self, message: str) -> None:
        if not self._working:
            return
        self._working = False
        self.sign_in_button.setText(self.tr("Sign in"))
        unreachable = getattr(self.controller, "unreachable", False)
        if message == tr(NOT_A_SERVER) or unreachable or message.startswith(UNREACHABLE):
            # the address is the problem: say so under the address
            self._server_failure = message
            self.validate()
            self.server.selectAll()
            self.server.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.message.show_message(message)
        self.validate()
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def sign_out(self) -> None:
        self.controller.sign_out()
        self._update_state()

"""Sync in the desktop app: signing in, Sync now, automatic sync, and what the status
area shows.

    controller = SyncController(studio, hub, notifier, qsettings, tokens=TokenStore())
    controller.changed.connect(status_area.show_view)     # a SyncView each time
    controller.sign_in(url, "ada", password)              # -> signed_in / sign_in_failed
    controller.sync_now()                                 # -> synced / failed
    controller.start()                                    # automatic sync from now on

Network work (signing in, a sync) runs on :func:`~course_studio.ui.workers.network_pool`,
never on the database worker, so the instructor's edits keep flowing while a slow
server answers. The sync engine cannot be split into a network part and a database
part from outside: its short write transactions queue with the database worker's
through SQLite's busy timeout.

Automatic sync, while signed in:

- every ``sync/interval_minutes`` minutes (QSettings, the Preferences key; 15 by default,
  0 = only when asked);
- ``sync/after_edit_seconds`` seconds after a local edit (10 by default; 0 = never),
  edits in a row pushing that moment back;
- offline, it tries again after 30 s, 1, 2, 5, 10 and then every 15 minutes.

The token lives in the OS keyring through :class:`~course_studio.sync.TokenStore` (in
memory where there is no keyring, which ``tokens.reason`` says in a sentence). The
server address is remembered per data folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, QTimer, Signal

from ..store import Changes
from ..sync import Offline, SignInNeeded, SyncClient, SyncError, SyncReport, TokenStore
from .loading import LatestLoader
from .messages import error_text, tr_message
from .workers import Op, network_pool

log = logging.getLogger(__name__)

K_INTERVAL = "sync/interval_minutes"
K_AFTER_EDIT = "sync/after_edit_seconds"
K_SERVER = "sync/server_url"  # the server chosen in Preferences (offered when signing in)
DEFAULT_INTERVAL_MINUTES = 15
DEFAULT_AFTER_EDIT_SECONDS = 10
#: how long to wait before each new try while the server cannot be reached
OFFLINE_BACKOFF_S = (30, 60, 120, 300, 600, 900)
#: the first automatic sync waits a moment, so the window is drawn first
START_DELAY_MS = 1_500

CONTEXT = "SyncController"
#: sentences marked for translation; say them through tr()
UNEXPECTED = QT_TRANSLATE_NOOP(
    "SyncController",
    "Sync could not finish because of an unexpected problem; your changes are kept. "
    "The details are in the log file.",
)
NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "SyncController", "No Course Studio server answers at this address; check the address."
)


def tr(text: object) -> str:
    """``text`` (a marked constant) in the language of the app."""
    return QCoreApplication.translate(CONTEXT, str(text))


class SyncState(StrEnum):
    SIGNED_OUT = "signed_out"  # no token for the server
    READY = "ready"  # signed in, no sync yet in this session
    ONLINE = "online"  # the last sync worked
    SYNCING = "syncing"
    OFFLINE = "offline"  # the server could not be reached; trying again later
    SIGN_IN = "sign_in"  # the server refused the token: sign in again
    FAILED = "failed"  # the server refused the sync (the message says why)


@dataclass(frozen=True, slots=True)
class SyncView:
    """Everything the status area shows, in one value."""

    state: SyncState
    server_url: str | None = None
    account_name: str | None = None
    pending: int = 0
    conflicts: int = 0
    last_sync_at: dt.datetime | None = None
    last_report: dict[str, Any] | None = None
    message: str = ""
    retry_at: dt.datetime | None = None

    @property
    def signed_in(self) -> bool:
        return self.state not in (SyncState.SIGNED_OUT, SyncState.SIGN_IN)

    @property
    def host(self) -> str:
        return host_of(self.server_url)


def host_of(url: str | None) -> str:
    """'courses.example.edu' from 'https://courses.example.edu/' (the address if odd)."""
    if not url:
        return ""
    parts = urlsplit(url)
    return parts.netloc or url


def check_server_url(text: str) -> str:
    """The address as the client takes it; a SyncError with a sentence when it cannot be."""
    url = text.strip().rstrip("/")
    if not url:
        raise SyncError(
            QCoreApplication.translate(
                "SyncController",
                "Type the server's address, for example https://courses.example.edu.",
            )
        )
    if "://" not in url:
        raise SyncError(
            QCoreApplication.translate(
                "SyncController",
                "The server address starts with https:// (or http:// on your own computer), "
                "for example https://courses.example.edu.",
            )
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            QCoreApplication.translate(
                "SyncController",
                "The server address must start with http:// or https:// and name a computer "
                "(got {url}).",
            ).format(url=url)
        )
    if " " in url:
        raise SyncError(
            QCoreApplication.translate(
                "SyncController", "The server address cannot contain spaces."
            )
        )
    return url


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _int_setting(settings: QSettings, key: str, default: int) -> int:
    value = settings.value(key, default)
    try:
        return max(0, int(str(value)))
    except ValueError:
        return default


class SyncController(QObject):
    """Signs in and out, runs syncs in the background, and decides when to sync."""

    #: a SyncView, whenever anything the status area shows changed
    changed = Signal(object)
    #: a sync finished: the SyncReport
    synced = Signal(object)
    #: a sync failed: the sentence saying why
    failed = Signal(str)
    #: signing in worked: the account's display name
    signed_in = Signal(str)
    #: signing in did not work: the sentence saying why
    sign_in_failed = Signal(str)
    signed_out = Signal()
    #: this data folder is now tied to a server account: its id
    account_linked = Signal(str)
    #: Sync now was asked for but nobody is signed in
    sign_in_wanted = Signal()
    #: the status (pending changes, conflicts, last sync) was read and is shown
    status_updated = Signal()

    def __init__(
        self,
        studio: Any,
        hub: Any,
        notifier: Any,
        settings: QSettings,
        *,
        tokens: TokenStore | None = None,
        clock: Callable[[], dt.datetime] = _utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._studio = studio
        self._notifier = notifier
        self.settings = settings
        self.tokens = tokens if tokens is not None else TokenStore()
        self._clock = clock
        digest = hashlib.sha1(str(Path(studio.data_dir).resolve()).encode()).hexdigest()[:12]
        self._server_key = f"sync/{digest}/server"
        #: options for each SyncClient (tests pass ``{"backoff": 0}``)
        self.client_options: dict[str, Any] = {}
        self._auto = False
        self._running = False
        self._signing_in = False
        #: the last sign-in failed because no server answered
        self.unreachable = False
        self._manual = False
        self._offline_tries = 0
        self._check_pending = False
        self._last_failure: tuple[SyncState, str] | None = None
        self._linked_server: str | None = None
        self._account_id: str | None = None
        self._view = SyncView(SyncState.SIGNED_OUT)

        self._timer = QTimer(self)  # the next automatic sync
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._auto_sync)
        self._after_edit = QTimer(self)  # a sync a little after local edits
        self._after_edit.setSingleShot(True)
        self._after_edit.timeout.connect(self._auto_sync)
        self._status = LatestLoader(self._read_status, self._status_read, self)
        self._status.failed.connect(lambda exc: log.warning("sync status unread: %s", exc))
        hub.changed.connect(self._store_changed)

        state = SyncState.READY if self.token() else SyncState.SIGNED_OUT
        self._set(state=state, server_url=self.server_url())
        self.refresh()

    # -- what is known ---------------------------------------------------------

    @property
    def view(self) -> SyncView:
        return self._view

    @property
    def running(self) -> bool:
        return self._running

    @property
    def automatic(self) -> bool:
        return self._auto

    def view_clock(self) -> dt.datetime:
        """Now, by the clock the sync times are written with."""
        return self._clock()

    def server_url(self) -> str | None:
        """The server of this data folder: the one signed in to, else the linked one."""
        value = self.settings.value(self._server_key)
        if isinstance(value, str) and value:
            return value
        return self._linked_server

    def suggested_server(self) -> str:
        """The address the sign-in dialog offers: this folder's server, else Preferences'."""
        value = self.server_url() or self.settings.value(K_SERVER)
        return value if isinstance(value, str) else ""

    def token(self) -> str | None:
        url = self.server_url()
        return self.tokens.load(url) if url else None

    def interval_minutes(self) -> int:
        return _int_setting(self.settings, K_INTERVAL, DEFAULT_INTERVAL_MINUTES)

    def set_interval_minutes(self, minutes: int) -> None:
        self.settings.setValue(K_INTERVAL, max(0, int(minutes)))
        if (
            self._auto
            and not self._running
            and self._view.state
            in (
                SyncState.ONLINE,
                SyncState.READY,
                SyncState.FAILED,
            )
        ):
            self._schedule_regular()

    def after_edit_seconds(self) -> int:
        return _int_setting(self.settings, K_AFTER_EDIT, DEFAULT_AFTER_EDIT_SECONDS)

    def next_sync_in_ms(self) -> int | None:
        """When the next automatic sync runs (None when none is planned)."""
        times = [t.remainingTime() for t in (self._timer, self._after_edit) if t.isActive()]
        return min(times) if times else None

    # -- status ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read pending changes, conflicts and the last sync again (in the background)."""
        self._status.request()

    def _read_status(self) -> Any:
        return self._studio.sync_engine.status()

    def _status_read(self, status: Any) -> None:
        self._linked_server = status.server_url
        self._account_id = status.account_id
        url = self.server_url()
        changes: dict[str, Any] = {
            "server_url": url,
            "account_name": status.account_name or self._view.account_name,
            "pending": status.pending,
            "conflicts": status.open_conflicts,
            "last_sync_at": status.last_sync_at,
            "last_report": status.last_report,
        }
        if self._view.state is SyncState.SIGNED_OUT and url and self.tokens.load(url):
            changes["state"] = SyncState.READY
            if self._auto:
                self._timer.start(START_DELAY_MS)
        self._set(**changes)
        if self._status.busy:
            return  # a newer read follows
        if self._check_pending and not self._running:
            self._check_pending = False
            if status.pending and self._view.state is SyncState.ONLINE:
                self._edited()
        self.status_updated.emit()

    def _set(self, **changes: Any) -> None:
        view = replace(self._view, **changes)
        if view != self._view:
            self._view = view
            self.changed.emit(view)

    def _store_changed(self, changes: Changes) -> None:
        if changes.outbox or changes.conflicts or changes.courses:
            self.refresh()
        local_edit = changes.outbox and not self._running
        if (
            local_edit
            and self._auto
            and self._view.state
            in (
                SyncState.ONLINE,
                SyncState.READY,
                SyncState.FAILED,
            )
        ):
            self._edited()

    def _edited(self) -> None:
        seconds = self.after_edit_seconds()
        if seconds > 0 and self.token():
            self._after_edit.start(seconds * 1000)

    # -- automatic sync --------------------------------------------------------

    def start(self) -> None:
        """Sync automatically from now on (a first sync shortly, when signed in)."""
        self._auto = True
        if self.token() and not self._running:
            self._timer.start(START_DELAY_MS)

    def stop(self) -> None:
        """No more automatic syncs (a sync already running finishes)."""
        self._auto = False
        self._timer.stop()
        self._after_edit.stop()

    def _auto_sync(self) -> None:
        if self._auto and self.token():
            self._run(manual=False)

    def _schedule_regular(self) -> None:
        minutes = self.interval_minutes()
        if self._auto and minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    # -- signing in and out ----------------------------------------------------

    def sign_in(self, server_url: str, username: str, password: str) -> None:
        """Ask the server for a token (in the background); ``signed_in`` or
        ``sign_in_failed`` tells how it went."""
        try:
            url = check_server_url(server_url)
        except SyncError as exc:
            self.sign_in_failed.emit(error_text(exc))
            return
        if not username.strip() or not password:
            self.sign_in_failed.emit(self.tr("Type your user name and your password."))
            return
        if self._signing_in:
            return
        self._signing_in = True
        self.unreachable = False
        options = dict(self.client_options)

        def work() -> tuple[str, dict[str, Any]]:
            try:
                with SyncClient(url, **options) as client:
                    token = client.sign_in(username.strip(), password)
                    return token, client.me()
            except SyncError as exc:
                if exc.status in (404, 405):
                    raise SyncError(tr(NOT_A_SERVER), status=exc.status) from exc
                raise
            except (ValueError, KeyError, TypeError) as exc:  # an answer that is not ours
                raise SyncError(tr(NOT_A_SERVER)) from exc

        Op(self, work, pool=network_pool()).success(
            lambda result: self._signed_in(url, *result)
        ).failure(self._sign_in_refused).run()

    def _signed_in(self, url: str, token: str, me: dict[str, Any]) -> None:
        self._signing_in = False
        linked_url = self._linked_server
        if self._account_id is not None and str(me.get("id")) != self._account_id:
            name = self._view.account_name or self.tr("another instructor")
            if linked_url:
                refusal = self.tr(
                    "This data folder syncs as {name} on {host}; sign in as {name}, "
                    "or open another data folder."
                ).format(name=name, host=host_of(linked_url))
            else:
                refusal = self.tr(
                    "This data folder syncs as {name}; sign in as {name}, "
                    "or open another data folder."
                ).format(name=name)
            self.sign_in_failed.emit(refusal)
            return
        name = str(me.get("display_name") or me.get("username") or "")
        self.tokens.save(url, token)
        self.settings.setValue(self._server_key, url)
        self.settings.setValue(K_SERVER, url)
        self._offline_tries = 0
        self._set(state=SyncState.READY, server_url=url, account_name=name, message="")
        summary = self.tr("Signed in to {host} as {name}.").format(host=host_of(url), name=name)
        if not self.tokens.persistent and self.tokens.reason:
            summary += " " + tr_message(self.tokens.reason)
        self._notifier.notify(self.tr("Sign in"), summary)
        self.signed_in.emit(name)
        self._run(manual=True)

    def _sign_in_refused(self, exc: BaseException) -> None:
        self._signing_in = False
        self.unreachable = isinstance(exc, Offline)
        if isinstance(exc, SyncError):
            message = error_text(exc)
        else:
            log.error("signing in failed", exc_info=exc)
            message = self.tr(
                "Signing in did not work because of an unexpected problem; see the log file."
            )
        self.sign_in_failed.emit(message)

    def sign_out(self) -> None:
        """Forget the token (keyring and memory); nothing syncs until the next sign-in."""
        url = self.server_url()
        if url:
            self.tokens.forget(url)
        self._timer.stop()
        self._after_edit.stop()
        self._set(state=SyncState.SIGNED_OUT, message="", retry_at=None)
        self._notifier.notify(
            self.tr("Sign out"),
            self.tr(
                "Signed out of {host}. Your courses stay on this computer; sign in again to sync."
            ).format(host=host_of(url)),
        )
        self.signed_out.emit()

    # -- syncing ---------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync at once (Sync now); asks for a sign-in when there is no token."""
        if not self.token():
            self.sign_in_wanted.emit()
            return
        self._run(manual=True)

    def _run(self, *, manual: bool) -> None:
        if self._running:
            self._manual = self._manual or manual
            return
        url, token = self.server_url(), self.token()
        if not url or not token:
            return
        self._timer.stop()
        self._after_edit.stop()
        self._running = True
        self._manual = manual
        self._set(state=SyncState.SYNCING, retry_at=None)
        engine = self._studio.sync_engine
        options = dict(self.client_options)
        me_before = self._studio.me

        def work() -> tuple[SyncReport, Any]:
            with SyncClient(url, token, **options) as client:
                report: SyncReport = engine.sync(client)
            return report, engine.status()

        Op(self, work, pool=network_pool()).success(
            lambda result: self._done(*result, me_before)
        ).failure(self._failed).run()

    def _done(self, report: SyncReport, status: Any, me_before: str) -> None:
        self._running = False
        manual, self._manual = self._manual, False
        self._offline_tries = 0
        self._last_failure = None
        self._set(state=SyncState.ONLINE, message="", last_sync_at=self._clock())
        if self._studio.me != me_before:
            self.account_linked.emit(self._studio.me)
        self._status_read(status)
        moved = report.pushed or report.pulled or report.conflicts or report.rejected
        if manual or moved:
            details = ""
            if status.open_conflicts and (report.conflicts or report.rejected):
                n = status.open_conflicts
                details = (
                    self.tr(
                        "{n} conflicts wait for you: open Sync › Conflicts… to choose what to keep."
                    )
                    if n != 1
                    else self.tr(
                        "{n} conflict waits for you: open Sync › Conflicts… to choose what to keep."
                    )
                ).format(n=n)
            self._notifier.notify(self.tr("Sync"), report.summary(), details=details)
        self._schedule_regular()
        # edits made while the sync ran (or a conflict resolved meanwhile) go soon
        self._check_pending = self._auto
        self.refresh()
        self.synced.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        manual, self._manual = self._manual, False
        if isinstance(exc, SyncError):
            message = error_text(exc)
        else:
            log.error("sync failed", exc_info=exc)
            message = tr(UNEXPECTED)
        retry_at: dt.datetime | None = None
        if isinstance(exc, Offline):
            state = SyncState.OFFLINE
            wait = OFFLINE_BACKOFF_S[min(self._offline_tries, len(OFFLINE_BACKOFF_S) - 1)]
            self._offline_tries += 1
            if self._auto:
                self._timer.start(wait * 1000)
                retry_at = self._clock() + dt.timedelta(seconds=wait)
        elif isinstance(exc, SignInNeeded):
            state = SyncState.SIGN_IN
            self._timer.stop()
        else:
            state = SyncState.FAILED
            self._schedule_regular()
        self._set(state=state, message=message, retry_at=retry_at)
        # a failure is told once; tries in the background that fail the same way are quiet
        repeated = self._last_failure == (state, message)
        self._last_failure = (state, message)
        if manual or not repeated:
            self._notifier.notify(
                self.tr("Sync"), self.tr("Sync failed: {message}").format(message=message), ok=False
            )
        self.refresh()
        self.failed.emit(message)

    def shutdown(self) -> None:
        self.stop()

"""Where the desktop app keeps its server token: the OS keyring (``keyring``), or,
where no keyring exists, memory only, and it says so."""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from ..domain.errors import msg

log = logging.getLogger(__name__)

SERVICE = "course-studio"
NO_KEYRING = msg(
    "This computer has no keyring to keep your sign-in, so it is kept in memory only: "
    "you will sign in again after the app restarts."
)


def _usable(backend: KeyringBackend) -> bool:
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if name == "keyring.backends.chainer.ChainerBackend":
        return bool(getattr(backend, "backends", []))
    return True


class TokenStore:
    """Tokens by server address."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._memory: dict[str, str] = {}
        self.reason: str | None = None if _usable(self._backend) else NO_KEYRING

    @property
    def persistent(self) -> bool:
        """True when tokens outlive the process (an OS keyring holds them)."""
        return self.reason is None

    @property
    def backend_name(self) -> str:
        return "memory" if not self.persistent else type(self._backend).__name__

    def _fall_back(self, exc: Exception) -> None:
        log.warning("keyring failed, keeping the token in memory: %s", exc)
        self.reason = NO_KEYRING

    def save(self, server_url: str, token: str) -> None:
        key = server_url.rstrip("/")
        self._memory[key] = token
        if self.persistent:
            try:
                self._backend.set_password(SERVICE, key, token)
            except (KeyringError, OSError, RuntimeError) as exc:
                self._fall_back(exc)

    def load(self, server_url: str) -> str | None:
        key = server_url.rstrip("/")
        if key in self._memory:
            return self._memory[key]
        if self.persistent:
            try:
                token = self._backend.get_password(SERVICE, key)
            except (KeyringError, OSError, RuntimeError) as exc:
                self._fall_back(exc)
                return None
            if token:
                self._memory[key] = token
            return token
        return None

    def forget(self, server_url: str) -> None:
        key = server_url.rstrip("/")
        self._memory.pop(key, None)
        if self.persistent:
            with contextlib.suppress(KeyringError, OSError, RuntimeError):
                self._backend.delete_password(SERVICE, key)

"""Offline-first sync with a Course Studio server: the outbox is pushed, changes are
pulled, conflicts are kept for a person. See docs/sync.md."""

from .client import Offline, Refused, SignInNeeded, SyncClient, SyncError
from .engine import ConflictInfo, SyncEngine, SyncReport, SyncStatus
from .tokens import TokenStore

__all__ = [
    "ConflictInfo",
    "Offline",
    "Refused",
    "SignInNeeded",
    "SyncClient",
    "SyncEngine",
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "TokenStore",
]

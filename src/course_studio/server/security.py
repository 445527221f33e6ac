"""Passwords (argon2) and bearer tokens (random, stored as SHA-256)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.ids import new_id
from .models import AccessToken, Account

TOKEN_LIFETIME = dt.timedelta(days=30)
PASSWORD_MIN = 8

_hasher = PasswordHasher()
#: Verified against when a user name is unknown, so both cases take as long.
_DUMMY_HASH = _hasher.hash("course-studio-no-such-user")


class AuthError(Exception):
    """Sign-in failed or a token is missing, wrong or expired (401)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling, from their token."""

    id: str
    username: str
    display_name: str
    is_admin: bool


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_new_password(password: object) -> str:
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        raise ValidationError(f"A password needs at least {PASSWORD_MIN} characters.", "password")
    return password


def create_account(
    session: Session,
    *,
    username: str,
    password: str,
    display_name: str | None = None,
    email: str | None = None,
    is_admin: bool = False,
) -> Account:
    name = (username or "").strip()
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise ValidationError("A user name has 1 to 80 characters and no spaces.", "username")
    password_hash = hash_password(check_new_password(password))
    if session.scalar(select(Account.id).where(Account.username == name)) is not None:
        raise ValidationError(f"The user name {name} is taken.", "username")
    shown = " ".join((display_name or "").split()) or name.replace(".", " ").title()
    account = Account(
        id=new_id(),
        username=name,
        display_name=shown[:120],
        email=email,
        password_hash=password_hash,
        is_admin=is_admin,
    )
    session.add(account)
    session.flush()
    return account


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in(session: Session, username: str, password: str, now: dt.datetime) -> tuple[str, int]:
    """A new token for these credentials, and its lifetime in seconds."""
    account = session.scalar(select(Account).where(Account.username == username.strip()))
    try:
        _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        account = None
    if account is None:
        raise AuthError("The user name or the password is wrong.")
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    session.execute(delete(AccessToken).where(AccessToken.expires_at < now))
    return issue_token(session, account.id, now), int(TOKEN_LIFETIME.total_seconds())


def issue_token(session: Session, instructor_id: str, now: dt.datetime) -> str:
    """A new bearer token for an instructor (only its digest is stored)."""
    token = secrets.token_urlsafe(32)
    session.add(
        AccessToken(
            token_hash=_digest(token),
            instructor_id=instructor_id,
            created_at=now,
            expires_at=now + TOKEN_LIFETIME,
        )
    )
    return token


def caller_for(session: Session, token: str, now: dt.datetime) -> Caller:
    row = session.get(AccessToken, _digest(token))
    if row is None:
        raise AuthError("This access token is not valid; sign in again.")
    if row.expires_at <= now:
        raise AuthError("Your sign-in has expired; sign in again.")
    account = session.get(Account, row.instructor_id)
    if account is None:
        raise AuthError("This account no longer exists.")
    return Caller(account.id, account.username, account.display_name, account.is_admin)

"""Users, passwords, API tokens and the brake on password guessing.

Passwords are stored as Werkzeug's salted scrypt hashes.  API tokens are random 32-byte
strings shown once; only their SHA-256 is stored, so a copy of the database gives no working
token, and a token can be revoked.  Failed sign-ins are written to the database (not kept in
one process's memory), so the limit holds across several server processes.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import secrets

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from desk.errors import Conflict, DeskError, InvalidInput, NotFound
from desk.models import ROLES, ApiToken, LoginAttempt, User, utcnow

MIN_PASSWORD = 10
#: Failed sign-ins allowed per user name from one address, and per address, within WINDOW.
MAX_FAILS_PER_USER = 5
MAX_FAILS_PER_ADDRESS = 20
WINDOW = dt.timedelta(minutes=15)
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,99}$")


class TooManyAttempts(DeskError):
    status = 429
    code = "too_many_attempts"


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise InvalidInput(f"A password needs at least {MIN_PASSWORD} characters.")


def add_user(session: Session, username: str, role: str, password: str) -> User:
    """Create a user; refuses a taken name, an unknown role or a short password."""
    username = (username or "").strip()
    if not USERNAME.match(username):
        raise InvalidInput("A user name is 2–100 letters, digits or . _ @ -, starting with a letter or digit.")
    if role not in ROLES:
        raise InvalidInput(f"“{role}” is not a role; use one of: {', '.join(ROLES)}.")
    _check_password(password)
    if session.scalar(select(User).where(func.lower(User.username) == username.lower())):
        raise Conflict(f"There is already a user called {username}.")
    user = User(username=username, role=role, password_hash=generate_password_hash(password))
    session.add(user)
    session.commit()
    return user


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"There is no user {user_id}.")
    return user


def find_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.username) == (username or "").strip().lower()))
    if user is None:
        raise NotFound(f"There is no user called {username}.")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(func.lower(User.username))))


def update_user(session: Session, user_id: int, *, role: str | None = None, active: bool | None = None, actor: User | None = None) -> User:
    """Change a user's role or switch their access off and on; an admin cannot lock themself out."""
    user = get_user(session, user_id)
    if role is not None:
        if role not in ROLES:
            raise InvalidInput(f"“{role}” is not a role; use one of: {', '.join(ROLES)}.")
        if actor is not None and actor.id == user.id and role != "admin":
            raise InvalidInput("You cannot take away your own admin role; ask another admin.")
        user.role = role
    if active is not None:
        if actor is not None and actor.id == user.id and not active:
            raise InvalidInput("You cannot switch off your own account.")
        user.active = active
    session.commit()
    return user


def set_password(session: Session, user_id: int, password: str) -> None:
    _check_password(password)
    get_user(session, user_id).password_hash = generate_password_hash(password)
    session.commit()


def authenticate(session: Session, username: str, password: str, remote: str | None) -> User | None:
    """The user for these credentials, or None; raises TooManyAttempts while the brake is on.

    The brake counts failures per name *from one address* (so nobody can lock a colleague out
    from elsewhere) and per address over all names.  The attempt is written before the count is
    taken: of several sign-ins racing for one name, the k-th to commit sees k attempts, so no
    more than the limit ever reach the password check.
    """
    username = (username or "").strip().lower()
    attempt = LoginAttempt(username=username, remote=remote)
    session.add(attempt)
    session.commit()
    since = utcnow() - WINDOW
    same_remote = LoginAttempt.remote == remote if remote else LoginAttempt.remote.is_(None)
    by_pair = session.scalar(
        select(func.count()).select_from(LoginAttempt)
        .where(LoginAttempt.username == username, same_remote, LoginAttempt.at >= since)
    )
    by_address = session.scalar(
        select(func.count()).select_from(LoginAttempt).where(LoginAttempt.remote == remote, LoginAttempt.at >= since)
    ) if remote else 0
    if by_pair > MAX_FAILS_PER_USER or by_address > MAX_FAILS_PER_ADDRESS:
        minutes = int(WINDOW.total_seconds() // 60)
        raise TooManyAttempts(f"Too many failed sign-ins. Wait {minutes} minutes, or ask an admin to reset your password.")
    user = session.scalar(select(User).where(func.lower(User.username) == username))
    # Hash the password whether or not the user exists, so the answer's timing does not tell.
    stored = user.password_hash if user is not None else _dummy_hash()
    password_ok = check_password_hash(stored, password or "")
    if user is None or not user.active or not password_ok:
        session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - 4 * WINDOW))
        session.commit()
        return None
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == username))
    session.commit()
    return user


@functools.cache
def _dummy_hash() -> str:
    """A hash of no one's password, made like real ones, to check unknown names against."""
    return generate_password_hash(secrets.token_urlsafe(16))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token(session: Session, user_id: int) -> str:
    """Create an API token for the user and return it; it cannot be shown again."""
    user = get_user(session, user_id)
    token = "qd_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_hash(token)))
    session.commit()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """The active user a bearer token belongs to, or None (unknown, revoked, or user switched off)."""
    if not token:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _hash(token), ApiToken.revoked_at.is_(None)))
    if row is None or not row.user.active:
        return None
    row.last_used_at = utcnow()
    session.commit()
    return row.user


def list_tokens(session: Session, user_id: int) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc())))


def revoke_token(session: Session, user_id: int, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user_id:
        raise NotFound("That token does not belong to this user.")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    session.commit()


def revoke_all_tokens(session: Session, user_id: int) -> int:
    result = session.execute(
        update(ApiToken).where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None)).values(revoked_at=utcnow())
    )
    session.commit()
    return result.rowcount or 0

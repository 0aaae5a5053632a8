"""Accounts, roles and login sessions in the project database (argon2-hashed passwords, expiring sessions).

Roles: `admin` (configures models and endpoints, manages accounts), `teacher` (cases, classes),
`student` (own practice). A session is a random token given to the browser; only its SHA-256 is
stored, so a copy of the database holds no usable session. Tables are created by the migration
`accounts_0001`; call `content.db.upgrade(url)` first.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, func, select
from sqlalchemy.orm import Mapped, mapped_column

from content.db import Base, session_scope

Role = Literal["admin", "teacher", "student"]
ROLES: tuple[Role, ...] = ("admin", "teacher", "student")
SESSION_HOURS = 12  # a school day; the browser logs in again the next morning
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class AccountRow(Base):
    """One person who can log in."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionRow(Base):
    """A login: the SHA-256 of the browser's token, whose account, until when."""

    __tablename__ = "account_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SettingRow(Base):
    """One server-wide setting an admin chose (e.g. the model spec every session starts with)."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))


@dataclass(frozen=True)
class Account:
    """A logged-in (or looked-up) account as the rest of the project sees it; never carries the hash."""

    id: int
    username: str
    display_name: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_teach(self) -> bool:
        """Teachers and admins may keep cases and classes."""
        return self.role in ("teacher", "admin")


class AccountError(ValueError):
    """A request about accounts that cannot be done; `str()` says why in Chinese and English."""


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone=True columns; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _account(row: AccountRow) -> Account:
    return Account(row.id, row.username, row.display_name, row.role)  # type: ignore[arg-type]


def create_account(
    username: str, password: str, role: Role, display_name: str = "", url: str | None = None
) -> Account:
    """Create an account; AccountError for a taken or empty name, a short password or an unknown role."""
    name = (username or "").strip().lower()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise AccountError("用户名须为 1–64 个字符且不含空格 / the username must be 1–64 characters without spaces")
    if role not in ROLES:
        raise AccountError(f"未知角色 / unknown role {role!r} (one of {', '.join(ROLES)})")
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"密码至少 {MIN_PASSWORD} 个字符 / the password needs at least {MIN_PASSWORD} characters")
    with session_scope(url) as db:
        if db.scalar(select(AccountRow.id).where(AccountRow.username == name)) is not None:
            raise AccountError(f"用户名已被使用 / the username {name!r} is taken")
        row = AccountRow(username=name, display_name=(display_name or name).strip()[:128], role=role,
                         password_hash=_hasher.hash(password), active=True, created_at=_now())
        db.add(row)
        db.flush()
        return _account(row)


def has_admin(url: str | None = None) -> bool:
    """True once an active admin exists (the first-run page offers to create one until then)."""
    with session_scope(url) as db:
        return (db.scalar(select(func.count()).select_from(AccountRow)
                          .where(AccountRow.role == "admin", AccountRow.active)) or 0) > 0


def create_first_admin(username: str, password: str, display_name: str = "", url: str | None = None) -> Account:
    """Create the first admin; refused once any admin exists (so the first-run form cannot be replayed)."""
    if has_admin(url):
        raise AccountError("管理员已存在 / an admin exists already: ask them for an account")
    return create_account(username, password, "admin", display_name, url)


def authenticate(username: str, password: str, url: str | None = None) -> Account | None:
    """The account when the name and password match an active account, else None (same answer either way)."""
    name = (username or "").strip().lower()
    with session_scope(url) as db:
        row = db.scalar(select(AccountRow).where(AccountRow.username == name))
        if row is None or not row.active:
            _hasher.hash(password or "")  # the same work as a real check: timing does not tell names apart
            return None
        try:
            _hasher.verify(row.password_hash, password or "")
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        return _account(row)


def start_session(account: Account, hours: float = SESSION_HOURS, url: str | None = None) -> str:
    """A new login for `account`; returns the token to keep in the browser session (shown once)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    with session_scope(url) as db:
        db.add(SessionRow(token_hash=_digest(token), account_id=account.id, created_at=now,
                          expires_at=now + timedelta(hours=hours)))
    return token


def session_account(token: str | None, url: str | None = None) -> Account | None:
    """The account a session token belongs to, or None when it is unknown, expired or its account disabled."""
    if not token:
        return None
    with session_scope(url) as db:
        found = db.execute(select(SessionRow, AccountRow).join(AccountRow, AccountRow.id == SessionRow.account_id)
                           .where(SessionRow.token_hash == _digest(token))).first()
        if found is None:
            return None
        session, row = found
        if _aware(session.expires_at) <= _now():
            db.delete(session)
            return None
        return _account(row) if row.active else None


def end_session(token: str | None, url: str | None = None) -> None:
    """Log out: the token stops working at once."""
    if token:
        with session_scope(url) as db:
            found = db.get(SessionRow, _digest(token))
            if found is not None:
                db.delete(found)


def get_account(account_id: int, url: str | None = None) -> Account | None:
    """An account by id (None when there is none)."""
    with session_scope(url) as db:
        row = db.get(AccountRow, account_id)
        return _account(row) if row is not None else None


def list_accounts(role: Role | None = None, url: str | None = None) -> list[Account]:
    """Accounts by username, optionally of one role."""
    with session_scope(url) as db:
        query = select(AccountRow).order_by(AccountRow.username)
        if role:
            query = query.where(AccountRow.role == role)
        return [_account(r) for r in db.scalars(query)]


def set_active(account_id: int, active: bool, url: str | None = None) -> None:
    """Disable (or re-enable) an account; a disabled account's sessions stop working."""
    with session_scope(url) as db:
        row = db.get(AccountRow, account_id)
        if row is None:
            raise AccountError(f"没有这个账户 / no account {account_id}")
        row.active = active


def set_role(account_id: int, role: Role, url: str | None = None) -> None:
    """Give an account another role (an admin's act; e.g. a teacher who first signed in through SSO)."""
    if role not in ROLES:
        raise AccountError(f"未知角色 / unknown role {role!r} (one of {', '.join(ROLES)})")
    with session_scope(url) as db:
        row = db.get(AccountRow, account_id)
        if row is None:
            raise AccountError(f"没有这个账户 / no account {account_id}")
        row.role = role


def get_setting(key: str, url: str | None = None) -> str | None:
    """A server-wide setting (None when never set)."""
    with session_scope(url) as db:
        row = db.get(SettingRow, key)
        return row.value if row is not None else None


def set_setting(key: str, value: str, url: str | None = None) -> None:
    """Set a server-wide setting (callers check that an admin asked)."""
    with session_scope(url) as db:
        row = db.get(SettingRow, key)
        if row is None:
            db.add(SettingRow(key=key, value=value))
        else:
            row.value = value

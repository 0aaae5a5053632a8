"""Single sign-on: an OIDC identity (from Streamlit's `st.login`) mapped to an account of `content.accounts`.

The identity is the provider's issuer and subject (`iss`, `sub`: stable, unlike a name or an email). The
first sign-in of an identity makes a student account (the least role) or is refused, per the env
`TUTOR_SSO_NEW_ACCOUNTS` (`student`, the default, or `refuse`); an admin assigns other roles
(`accounts.set_role`) or links an identity to an existing account (`link_identity`). An SSO-made account has
a random password nobody knows, so it can only sign in through its provider. Table: migration `accountsh_0001`.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from content import accounts
from content.db import Base, session_scope

POLICIES = ("student", "refuse")


class IdentityRow(Base):
    """One OIDC identity and the account it signs in as."""

    __tablename__ = "account_identities"
    issuer: Mapped[str] = mapped_column(String(255), primary_key=True)
    subject: Mapped[str] = mapped_column(String(255), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def new_account_policy() -> str:
    """What a first-time SSO identity gets: `student` (default) or `refuse` (env TUTOR_SSO_NEW_ACCOUNTS)."""
    policy = os.environ.get("TUTOR_SSO_NEW_ACCOUNTS", "student").strip().lower() or "student"
    if policy not in POLICIES:
        raise accounts.AccountError(f"TUTOR_SSO_NEW_ACCOUNTS must be one of {', '.join(POLICIES)}, not {policy!r}")
    return policy


def providers(auth: Mapping[str, Any] | None) -> list[str]:
    """The providers Streamlit's `[auth]` secrets configure: "" for the single default one, else their names.

    >>> providers({"redirect_uri": "https://x/oauth2callback", "cookie_secret": "s", "client_id": "a",
    ...            "client_secret": "b", "server_metadata_url": "https://idp/.well-known/openid-configuration"})
    ['']
    >>> providers({"redirect_uri": "r", "cookie_secret": "s", "school": {"client_id": "a", "client_secret": "b",
    ...            "server_metadata_url": "m"}})
    ['school']
    >>> providers({}), providers(None), providers({"redirect_uri": "r", "cookie_secret": "s"})
    ([], [], [])
    """
    if not isinstance(auth, Mapping) or not auth.get("redirect_uri") or not auth.get("cookie_secret"):
        return []  # st.login refuses to start without both
    needed = ("client_id", "client_secret", "server_metadata_url")
    found = [""] if all(auth.get(k) for k in needed) else []
    found += [name for name, section in auth.items()
              if isinstance(section, Mapping) and all(section.get(k) for k in needed)]
    return found


def _username(claims: Mapping[str, Any], taken: set[str]) -> str:
    """A readable, free username for a new SSO account: the email's local part, else the name, else `sso`."""
    email = str(claims.get("email") or "")
    base = re.sub(r"[^a-z0-9._-]", "", (email.split("@")[0] if email else str(claims.get("name") or "")).lower())
    base = f"sso-{base or 'user'}"[:56]
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return name


def sign_in(claims: Mapping[str, Any], policy: str | None = None, url: str | None = None) -> accounts.Account:
    """The account of an OIDC identity (`st.user`'s claims); a first-time one per `policy`; AccountError if refused."""
    issuer, subject = str(claims.get("iss") or "").strip(), str(claims.get("sub") or "").strip()
    if not issuer or not subject or len(issuer) > 255 or len(subject) > 255:
        raise accounts.AccountError("登录服务没有给出身份 / the sign-in provider gave no identity (iss, sub)")
    if not is_linked(issuer, subject, url):
        if (policy or new_account_policy()) != "student":
            raise accounts.AccountError("这个统一身份还没有账户，请联系管理员 / no account for this identity yet: ask an admin")
        taken = {a.username for a in accounts.list_accounts(url=url)}
        made = accounts.create_account(_username(claims, taken), secrets.token_urlsafe(32), "student",
                                       str(claims.get("name") or "")[:128], url)
        try:
            link_identity(made.id, issuer, subject, str(claims.get("email") or ""), url)
        except IntegrityError:  # the same identity's first sign-in in another tab won: use that account
            accounts.set_active(made.id, False, url)
    found = _linked(issuer, subject, url)
    if found is None:
        raise accounts.AccountError("账户已停用 / this account is disabled")
    return found


def _linked(issuer: str, subject: str, url: str | None) -> accounts.Account | None:
    """The active account linked to the identity, or None (no link, or the account is disabled)."""
    with session_scope(url) as db:
        row = db.get(IdentityRow, (issuer, subject))
        account = db.get(accounts.AccountRow, row.account_id) if row is not None else None
        account_id = account.id if account is not None and account.active else None
    return accounts.get_account(account_id, url) if account_id is not None else None


def link_identity(account_id: int, issuer: str, subject: str, email: str = "", url: str | None = None) -> None:
    """Link an OIDC identity to an account (an admin's act, or a first sign-in); IntegrityError if linked already."""
    with session_scope(url) as db:
        db.add(IdentityRow(issuer=issuer, subject=subject, account_id=account_id, email=email[:255],
                           created_at=datetime.now(UTC)))


def is_linked(issuer: str, subject: str, url: str | None = None) -> bool:
    """Whether the identity has an account link (active or not)."""
    with session_scope(url) as db:
        return db.scalar(select(IdentityRow.account_id).where(
            IdentityRow.issuer == issuer, IdentityRow.subject == subject)) is not None

"""Team tokens: random 256-bit secrets shown once, stored as SHA-256 (a fast hash is enough for
secrets this long: there is no dictionary to try), with a user, scopes and namespace patterns."""

import fnmatch
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

SCOPES = ("read", "write", "admin")
PREFIX = "siza_"


@dataclass(frozen=True)
class Principal:
    """Who a request comes from, and what it may do."""

    id: int
    user: str
    scopes: frozenset[str]
    namespaces: tuple[str, ...]

    def may(self, scope: str) -> bool:
        # admin implies everything; write does not imply read (a CI pusher may only push).
        return "admin" in self.scopes or scope in self.scopes

    def covers(self, namespace: str) -> bool:
        """A namespace this token was given: a pattern such as github.com/team/* or *."""
        if "admin" in self.scopes:
            return True
        return any(fnmatch.fnmatchcase(namespace, p) for p in self.namespaces)


def digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


class TokenStore:
    """Over the team database's pool (vectors/pg/database.py): each call one transaction."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def issue(self, user: str, scopes: list[str], namespaces: list[str]) -> tuple[int, str]:
        bad = sorted(set(scopes) - set(SCOPES))
        if bad or not scopes:
            raise ValueError(f"scopes must be some of {', '.join(SCOPES)}; got {scopes}")
        if not user.strip():
            raise ValueError("a token needs a user name")
        token = PREFIX + secrets.token_urlsafe(32)
        with self.db.transaction() as conn:
            row = conn.execute(
                "INSERT INTO siza_tokens (user_name, token_hash, scopes, namespaces)"
                " VALUES (%s, %s, %s, %s) RETURNING id",
                (user, digest(token), sorted(set(scopes)), namespaces),
            ).fetchone()
        return int(row[0]), token

    def revoke(self, token_id: int | None = None, user: str | None = None) -> int:
        """Revokes one token by id, or every token of a user; the count revoked."""
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE siza_tokens SET revoked_at = now() WHERE revoked_at IS NULL"
                " AND (id = %s OR user_name = %s)",
                (token_id, user),
            )
            return max(0, cur.rowcount)

    def list(self) -> list[dict[str, Any]]:
        with self.db.transaction() as conn:
            rows = conn.execute(
                "SELECT id, user_name, scopes, namespaces, created_at, revoked_at"
                " FROM siza_tokens ORDER BY id"
            ).fetchall()
        keys = ("id", "user", "scopes", "namespaces", "created_at", "revoked_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def lookup(self, token: str) -> Principal | None:
        """The live token's principal; None when unknown or revoked. No cache: a revocation
        takes effect on the next request, in every replica."""
        if not token.startswith(PREFIX):
            return None
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT id, user_name, scopes, namespaces FROM siza_tokens"
                " WHERE token_hash = %s AND revoked_at IS NULL",
                (digest(token),),
            ).fetchone()
        if row is None:
            return None
        return Principal(int(row[0]), str(row[1]), frozenset(row[2]), tuple(row[3]))

"""The team database: its URL checked, one connection pool, and its failures said plainly."""

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from pgvector.psycopg import register_vector
from psycopg import conninfo, sql
from psycopg_pool import ConnectionPool, PoolTimeout

from ..store import VectorStoreError
from .errors import DatabaseSetupError, DatabaseUnavailable

log = logging.getLogger("siza_ml.vectors")


def where(url: str) -> str:
    """host:port/dbname of a URL, never its password, for messages and logs."""
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "<malformed URL>"
    host = parts.get("host") or "localhost"
    return f"{host}:{parts.get('port') or 5432}/{parts.get('dbname') or parts.get('user') or ''}"


def check_url(url: str) -> None:
    if not url.startswith(("postgresql://", "postgres://")):
        raise DatabaseSetupError("SIZA_ML_DATABASE_URL must be a postgresql:// URL")
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as e:
        # libpq may quote the whole URI, password included: never echo it
        reason = re.sub(r'"postgres[^"]*"', "(the URL)", str(e).strip().splitlines()[0])
        raise DatabaseSetupError(f"SIZA_ML_DATABASE_URL is malformed: {reason}") from None
    # libpq would only say so at the first connection; a typo'd port is a setup error
    ports = str(parts.get("port") or "5432").split(",")
    if not all(p.isdigit() and 0 < int(p) < 65536 for p in ports):
        raise DatabaseSetupError(f"SIZA_ML_DATABASE_URL has an invalid port {parts['port']!r}")


def _configurer(ef_search: int) -> Any:
    def configure(conn: psycopg.Connection[Any]) -> None:
        register_vector(conn)  # numpy float32 rows go out in pgvector's binary format
        # Recall@10 >= 0.98 at 100k rows needs more candidates than pgvector's default 40
        # (bench/pg_vectors.py); strict_order keeps scanning when a filter drops candidates.
        conn.execute(sql.SQL("SET hnsw.ef_search = {}").format(sql.Literal(ef_search)))
        conn.execute("SET hnsw.iterative_scan = strict_order")
        conn.commit()

    return configure


class Database:
    """One pool per process; every request borrows a connection for one transaction."""

    def __init__(self, url: str, size: int, timeout_s: float, ef_search: int) -> None:
        check_url(url)
        self.url, self.where, self.timeout_s = url, where(url), timeout_s
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max(1, size),
            open=False,
            timeout=timeout_s,
            # A connection broken by a database restart is dropped at checkout, not handed out.
            check=ConnectionPool.check_connection,
            configure=_configurer(ef_search),
            kwargs={"connect_timeout": max(1, round(timeout_s)), "application_name": "siza_ml"},
            name="siza_ml",
        )

    def connect(self) -> psycopg.Connection[Any]:
        """One direct connection (for the checks and migrations at start), its failure said."""
        try:
            return psycopg.connect(self.url, connect_timeout=max(1, round(self.timeout_s)))
        except psycopg.Error as e:
            raise DatabaseSetupError(
                f"cannot reach the team database at {self.where}: {_first_line(e)}"
            ) from None

    def open(self) -> None:
        try:
            self.pool.open(wait=True, timeout=self.timeout_s)
        except PoolTimeout:
            self.pool.close()
            raise DatabaseSetupError(
                f"the team database at {self.where} gave no pooled connection within "
                f"{self.timeout_s:g} s"
            ) from None

    def close(self) -> None:
        self.pool.close()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """A connection in one transaction: committed on success, rolled back on any error."""
        try:
            with self.pool.connection() as conn:
                yield conn
        except PoolTimeout:
            raise DatabaseUnavailable(
                f"the team database at {self.where} did not answer within {self.timeout_s:g} s; "
                "nothing was written; try again"
            ) from None
        except psycopg.DataError as e:
            # e.g. a value PostgreSQL cannot store: the request's fault, rolled back, a 422
            raise VectorStoreError(f"the team database refused a value: {_first_line(e)}") from None
        except psycopg.OperationalError as e:
            log.warning("team database error: %s", e)
            raise DatabaseUnavailable(
                f"the team database at {self.where} failed during the request ({_first_line(e)}); "
                "try again (upserts and removals are safe to repeat)"
            ) from None


def _first_line(e: Exception) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__

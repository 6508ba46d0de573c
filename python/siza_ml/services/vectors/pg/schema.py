"""The team database's tables, created and upgraded by numbered migrations (siza_schema).

Each migration runs once, in one transaction, under an advisory lock, so sidecars starting together
never race. The `vector` extension is checked, never created: CREATE EXTENSION needs rights a
service account should not hold, so an administrator runs it once (docs/team.md).
"""

from typing import Any

import psycopg

from ..store import EMBEDDING_DIMS
from .errors import DatabaseSetupError

# pgvector 0.8 added iterative index scans (a filter cannot starve an HNSW search of results).
MIN_PGVECTOR = (0, 8, 0)
_LOCK = "siza_ml.schema"

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "collections and their vectors",
        [
            """CREATE TABLE siza_collections (
                namespace text NOT NULL,
                name text NOT NULL,
                model text NOT NULL,
                dims integer NOT NULL,
                count bigint NOT NULL DEFAULT 0,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (namespace, name))""",
            f"""CREATE TABLE siza_vectors (
                namespace text NOT NULL,
                collection text NOT NULL,
                key text NOT NULL,
                embedding vector({EMBEDDING_DIMS}) NOT NULL,
                metadata jsonb NOT NULL DEFAULT '{{}}',
                body text NOT NULL DEFAULT '',
                lexemes tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
                updated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (namespace, collection, key),
                FOREIGN KEY (namespace, collection)
                    REFERENCES siza_collections (namespace, name) ON DELETE CASCADE)""",
            # Cosine on unit rows: the same ranking and scores as the files' IndexFlatIP.
            "CREATE INDEX siza_vectors_embedding ON siza_vectors"
            " USING hnsw (embedding vector_cosine_ops)",
            "CREATE INDEX siza_vectors_metadata ON siza_vectors"
            " USING gin (metadata jsonb_path_ops)",
            "CREATE INDEX siza_vectors_lexemes ON siza_vectors USING gin (lexemes)",
        ],
    ),
    (
        2,
        "team tokens, stored hashed",
        [
            """CREATE TABLE siza_tokens (
                id bigserial PRIMARY KEY,
                user_name text NOT NULL,
                token_hash bytea NOT NULL UNIQUE,
                scopes text[] NOT NULL,
                namespaces text[] NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                revoked_at timestamptz)""",
        ],
    ),
]
LATEST = MIGRATIONS[-1][0]


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


def check_extension(conn: psycopg.Connection[Any], where: str) -> str:
    row = conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'").fetchone()
    if row is None:
        raise DatabaseSetupError(
            f"the team database {where} has no `vector` extension: its owner or a superuser runs "
            "`CREATE EXTENSION vector;` in it once (the sidecar never creates extensions itself)"
        )
    version = str(row[0])
    if _version_tuple(version) < MIN_PGVECTOR:
        need = ".".join(map(str, MIN_PGVECTOR))
        raise DatabaseSetupError(
            f"the team database {where} has pgvector {version}; the sidecar needs {need} or newer "
            "(ALTER EXTENSION vector UPDATE;)"
        )
    return version


def migrate(conn: psycopg.Connection[Any], where: str) -> int:
    """Applies the missing migrations; returns the schema version now in the database."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS siza_schema ("
            " version integer PRIMARY KEY, description text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        row = conn.execute("SELECT coalesce(max(version), 0) FROM siza_schema").fetchone()
        current = int(row[0]) if row else 0
        if current > LATEST:
            raise DatabaseSetupError(
                f"the team database {where} has schema version {current}, newer than this "
                f"sidecar's {LATEST}: upgrade the sidecar"
            )
        for version, description, statements in MIGRATIONS:
            if version <= current:
                continue
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]  # our own constant DDL
            conn.execute(
                "INSERT INTO siza_schema (version, description) VALUES (%s, %s)",
                (version, description),
            )
    return max(current, LATEST)

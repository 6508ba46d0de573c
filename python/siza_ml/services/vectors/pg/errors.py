"""The team database's errors, importable without psycopg (the `team` extra may be missing)."""

from ..store import VectorStoreError


class DatabaseUnavailable(VectorStoreError):
    """The database did not answer (down, restarting, unreachable) during a request."""

    status = 503


class DatabaseSetupError(Exception):
    """The URL or the database itself is unfit (malformed, unreachable at start, no `vector`
    extension, a newer schema): the sidecar says so and does not start."""

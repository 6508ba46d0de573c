"""Namespaces: one per repository (its id, e.g. its remote URL's host/path), from the request."""

import re

from ..store import VectorStoreError

DEFAULT_NAMESPACE = "default"
# A repository id as the extension derives it from a remote URL: github.com/org/repo.
NAMESPACE_RE = re.compile(r"^[a-z0-9][a-z0-9._/-]{0,199}$")


def check_namespace(namespace: str) -> None:
    if not NAMESPACE_RE.match(namespace):
        raise VectorStoreError(f"invalid namespace {namespace!r}: use {NAMESPACE_RE.pattern}")

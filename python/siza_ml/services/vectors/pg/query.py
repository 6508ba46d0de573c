"""The search statement: cosine over the HNSW index, metadata filters as jsonb equality."""

from typing import Any

import numpy as np
from psycopg import sql
from psycopg.types.json import Jsonb


def search_sql(
    namespaces: list[str], name: str, query: np.ndarray, k: int, where: dict[str, Any] | None
) -> tuple[sql.Composed, dict[str, Any]]:
    """Rows (namespace, key, score, metadata), best first; score is cosine, as the files give it.
    Without a filter the HNSW index answers; with one, an exact scan of the matching rows.

    A filter keeps meta_filter.py's meaning: each key present with a JSON-equal value (jsonb
    equality: 1 and 1.0 equal, true and 1 not). `@>` lets the GIN index narrow first; for a list
    or object value containment is looser than equality, so each key is compared exactly too.
    """
    params: dict[str, Any] = {"ns": namespaces, "name": name, "q": query, "k": k}
    filters: list[sql.Composable] = []
    if where:
        params["where"] = Jsonb(where)
        filters.append(sql.SQL("AND metadata @> %(where)s"))
        for n, (key, value) in enumerate(where.items()):
            if isinstance(value, list | dict):
                params[f"k{n}"], params[f"v{n}"] = key, Jsonb(value)
                filters.append(sql.SQL(f"AND metadata -> %(k{n})s = %(v{n})s"))
    rows = sql.SQL(
        "SELECT namespace, key, embedding, metadata FROM siza_vectors"
        " WHERE namespace = ANY(%(ns)s) AND collection = %(name)s {filters}"
    ).format(filters=sql.SQL(" ").join(filters))
    if not where:
        # The HNSW index: approximate, recall@10 1.000 at 100k rows (bench/RESULTS.md).
        statement = sql.SQL(
            "SELECT namespace, key, 1 - (embedding <=> %(q)s), metadata FROM ({rows}) v"
            " ORDER BY embedding <=> %(q)s LIMIT %(k)s"
        ).format(rows=rows)
        return statement, params
    # Filtered: exact over the matching rows (found through the GIN index), as the files' FAISS
    # pre-filter is; HNSW with a filter missed 1 in 10 true neighbours at 100k (RESULTS.md).
    statement = sql.SQL(
        "WITH matched AS MATERIALIZED ({rows})"
        " SELECT namespace, key, 1 - (embedding <=> %(q)s), metadata FROM matched"
        " ORDER BY embedding <=> %(q)s LIMIT %(k)s"
    ).format(rows=rows)
    return statement, params

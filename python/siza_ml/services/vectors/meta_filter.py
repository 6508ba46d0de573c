"""Metadata per int64 id, with postings so an equality filter costs O(matches), not O(n)."""

from typing import Any

# Buckets where equal keys mean equal JSON values; numbers and containers are checked again.
_EXACT = frozenset({"s", "b", "z"})


def json_equal(a: object, b: object) -> bool:
    # JSON semantics: true is not 1, but 1 and 1.0 are the same number.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def value_key(value: object) -> tuple[object, ...]:
    """A hashable bucket for a JSON value; the tuple shares the string, it does not copy it."""
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, int | float):
        try:
            return ("n", float(value))
        except OverflowError:
            return ("n", None)
    if isinstance(value, str):
        return ("s", value)
    if value is None:
        return ("z",)
    return ("c",)  # lists and objects share a bucket and are compared one by one


class MetadataIndex:
    def __init__(self) -> None:
        self.by_iid: dict[int, dict[str, Any]] = {}
        self._postings: dict[str, dict[tuple[object, ...], set[int]]] = {}

    def __getitem__(self, iid: int) -> dict[str, Any]:
        return self.by_iid[iid]

    def set(self, iid: int, metadata: dict[str, Any]) -> None:
        self.discard(iid)
        self.by_iid[iid] = metadata
        for key, value in metadata.items():
            self._postings.setdefault(key, {}).setdefault(value_key(value), set()).add(iid)

    def discard(self, iid: int) -> None:
        metadata = self.by_iid.pop(iid, None)
        for key, value in (metadata or {}).items():
            values = self._postings[key]
            bucket = values[value_key(value)]
            bucket.discard(iid)
            if not bucket:
                del values[value_key(value)]
                if not values:
                    del self._postings[key]

    def matching(self, where: dict[str, Any]) -> list[int]:
        """Every id whose metadata has each key of `where` with a JSON-equal value."""
        buckets: list[set[int]] = []
        for key, value in where.items():
            bucket = self._postings.get(key, {}).get(value_key(value))
            if not bucket:
                return []
            buckets.append(bucket)
        buckets.sort(key=len)
        found = buckets[0].intersection(*buckets[1:]) if len(buckets) > 1 else buckets[0]
        if all(value_key(v)[0] in _EXACT for v in where.values()):
            return list(found)
        return [
            iid
            for iid in found
            if all(json_equal(self.by_iid[iid][k], v) for k, v in where.items())
        ]

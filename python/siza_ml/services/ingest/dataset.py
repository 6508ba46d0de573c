"""Rows of a dataset (a local JSON/JSON Lines/Parquet file or a hub dataset, read by Hugging
Face `datasets` in streaming mode) made records to embed: mapped, filtered, bad ones counted.

Blocking throughout (file I/O, pyarrow): the service calls `open` and `take` in the CPU workers.
"""

import hashlib
import json
import logging
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ...schemas.ingest import IngestDatasetRequest
from ..scoring.ruleset import ruleset
from ..scoring.signals import detect_framework
from .errors import IngestError
from .paths import format_of, resolve_source

log = logging.getLogger("siza_ml.ingest")

# What one record is embedded as, at most (the library's own entries use the same cut).
EMBED_CHARS = 2000
PREVIEW_CHARS = 300
NAME_CHARS = 200
DESCRIPTION_CHARS = 500
# A JSON document (not JSON Lines) is parsed whole when datasets cannot read it row by row.
MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024
FRAMEWORK_ALIASES = {
    "reactjs": "react",
    "react.js": "react",
    "jsx": "react",
    "tsx": "react",
    "vuejs": "vue",
    "vue.js": "vue",
    "vue3": "vue",
    "sveltekit": "svelte",
    "angular2": "angular",
    "html5": "html",
}
_TRUE = {"1", "true", "yes", "on"}
# A JSON Lines line that does not parse: counted as invalid_json.
_INVALID = object()

Stopped = Literal["end", "limit", "max_rows"]


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    metadata: dict[str, Any]


def hub_offline() -> bool:
    names = ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE")
    return any(os.environ.get(k, "").strip().lower() in _TRUE for k in names)


def _short(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def _text(value: Any) -> str | Literal[False] | None:
    """A usable string, None when absent or blank, False when it is not text."""
    if value is None:
        return None
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from JSON: no store could echo it back
        return False
    return value.strip() or None


class DatasetReader:
    def __init__(self, req: IngestDatasetRequest, data_root: Path, roots: list[Path]) -> None:
        self.req, self.data_root, self.roots = req, data_root, roots
        self.name = req.hub or ""
        self.path: Path | None = None
        self.format: str | None = None
        self.read = 0
        self.kept = 0
        self.skipped: Counter[str] = Counter()
        self.stopped: Stopped | None = None
        self._rows: Iterator[Any] | None = None
        self._seen: set[str] = set()
        self._frameworks = set(req.filters.frameworks) if req.filters.frameworks else None

    # ---- opening -------------------------------------------------------------------------------

    def open(self) -> None:
        import datasets

        datasets.disable_progress_bars()
        datasets.logging.set_verbosity_error()
        cache = str(self.data_root / "datasets-cache")
        if self.req.hub is not None:
            self._rows = self._hub_rows(datasets, cache)
            return
        assert self.req.path is not None  # noqa: S101 - the schema asks for exactly one
        self.path = resolve_source(self.req.path, self.data_root, self.roots)
        self.name = self.path.name
        self.format = format_of(self.path, self.req.format)
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as f:
                blank = not f.read(4096).strip() and size <= 4096
        except OSError as e:
            raise IngestError(422, f"{self.name} cannot be read: {_short(e)}") from None
        if size == 0 or blank:
            raise IngestError(422, f"{self.name} is empty")
        if self.format == "parquet":
            self._check_parquet()
        self._rows = self._file_rows(datasets, cache)

    def _check_parquet(self) -> None:
        import pyarrow.parquet as pq

        assert self.path is not None  # noqa: S101 - set by open
        try:
            meta = pq.ParquetFile(self.path).metadata
            rows, columns = meta.num_rows, meta.schema.to_arrow_schema().names
        except Exception as e:  # pyarrow raises ArrowInvalid, OSError, ...
            msg = f"{self.name} is not a readable Parquet file: {_short(e)}"
            raise IngestError(422, msg) from None
        if rows == 0:
            raise IngestError(422, f"{self.name} holds no rows")
        if self.req.fields.code not in columns:
            listed = ", ".join(columns[:20])
            raise IngestError(422, f"{self.name} has no column {self.req.fields.code!r} ({listed})")

    def _file_rows(self, datasets: Any, cache: str) -> Iterator[Any]:
        assert self.path is not None  # noqa: S101 - set by open
        extra = {"field": self.req.json_field} if self.req.json_field else {}
        yielded = 0
        try:
            ds = datasets.load_dataset(
                self.format,
                data_files=str(self.path),
                split="train",
                streaming=True,
                cache_dir=cache,
                **extra,
            )
            for row in ds:
                yielded += 1
                yield row
            return
        except Exception as e:  # pyarrow's reader gives up on a whole block at its first bad row
            if self.format != "json":
                msg = f"{self.name}: reading stopped after {yielded} rows: {_short(e)}"
                raise IngestError(422, msg) from None
            log.info("%s: datasets could not read on (%s); reading the rest as JSON", self.name, e)
        yield from self._json_rows(skip=yielded)

    def _json_rows(self, skip: int) -> Iterator[Any]:
        """The JSON file read by hand, from row `skip` on, so bad rows are counted, not fatal."""
        assert self.path is not None  # noqa: S101 - set by open
        with self.path.open("rb") as f:
            head = f.read(4096).lstrip()
        if self.req.json_field or head.startswith(b"["):
            yield from self._document_rows(skip)
            return
        n = 0
        with self.path.open(encoding="utf-8", errors="replace") as f:
            for line in f:
                if not line.strip():
                    continue
                n += 1
                if n <= skip:
                    continue
                try:
                    yield json.loads(line)
                except ValueError:
                    yield _INVALID

    def _document_rows(self, skip: int) -> Iterator[Any]:
        assert self.path is not None  # noqa: S101 - set by open
        if self.path.stat().st_size > MAX_JSON_DOCUMENT_BYTES:
            mb = MAX_JSON_DOCUMENT_BYTES >> 20
            raise IngestError(422, f"{self.name}: a JSON document over {mb} MB; use JSON Lines")
        try:
            doc = json.loads(self.path.read_bytes())
        except ValueError as e:
            raise IngestError(422, f"{self.name} is not valid JSON: {_short(e)}") from None
        field = self.req.json_field
        if field is not None:
            doc = doc.get(field) if isinstance(doc, dict) else None
            if not isinstance(doc, list):
                raise IngestError(422, f"{self.name}: no list of records under {field!r}")
        if not isinstance(doc, list):
            raise IngestError(422, f"{self.name}: the top level is not a list of records")
        yield from doc[skip:]

    def _hub_rows(self, datasets: Any, cache: str) -> Iterator[Any]:
        if hub_offline():
            # A 4xx: this sidecar's configuration refuses the request; retrying will not help.
            raise IngestError(
                422,
                f"{self.name} is a hub dataset and HF_HUB_OFFLINE is set: the sidecar may not use "
                "the network; download the dataset and give its file as path",
            )
        from datasets.exceptions import DatasetNotFoundError

        try:
            ds = datasets.load_dataset(
                self.name, split=self.req.split, streaming=True, cache_dir=cache
            )
        except DatasetNotFoundError as e:
            raise IngestError(404, f"hub dataset {self.name}: {_short(e)}") from None
        except ValueError as e:  # an unknown split, an unsupported layout
            raise IngestError(422, f"hub dataset {self.name}: {_short(e)}") from None
        except Exception as e:  # network, authentication, the hub's own errors
            msg = f"hub dataset {self.name} could not be loaded: {_short(e)}"
            raise IngestError(502, msg) from None
        return self._hub_iter(ds)

    def _hub_iter(self, ds: Any) -> Iterator[Any]:
        try:
            yield from ds
        except Exception as e:
            msg = f"hub dataset {self.name}: reading stopped after {self.read} rows: {_short(e)}"
            raise IngestError(502, msg) from None

    # ---- records -------------------------------------------------------------------------------

    def take(self, n: int) -> list[Record]:
        """Up to n more kept records; `stopped` is set once no more will come."""
        assert self._rows is not None  # noqa: S101 - open() first
        out: list[Record] = []
        while len(out) < n and self.stopped is None:
            if self.kept >= self.req.limit:
                self.stopped = "limit"
                break
            if self.read >= self.req.max_rows:
                self.stopped = "max_rows"
                break
            try:
                row = next(self._rows)
            except StopIteration:
                self.stopped = "end"
                break
            index = self.read
            self.read += 1
            found = self._record(row, index)
            if isinstance(found, str):
                self.skipped[found] += 1
                continue
            self.kept += 1
            out.append(found)
        return out

    def close(self) -> None:
        if self._rows is not None and hasattr(self._rows, "close"):
            self._rows.close()  # type: ignore[union-attr]

    def _framework(self, value: str | None, code: str) -> str:
        if value is None:
            return detect_framework(code, ruleset())
        key = value.lower()[:32]
        return FRAMEWORK_ALIASES.get(key, key)

    def _record(self, row: Any, index: int) -> Record | str:
        """The record of one row, or the reason it is skipped."""
        if row is _INVALID:
            return "invalid_json"
        if not isinstance(row, dict):
            return "not_an_object"
        f, filters = self.req.fields, self.req.filters
        code = _text(row.get(f.code))
        if code is None:
            return "missing_code"
        optional = {
            k: _text(row.get(c)) if c else None
            for k, c in (
                ("name", f.name),
                ("framework", f.framework),
                ("description", f.description),
            )
        }
        if code is False or any(v is False for v in optional.values()):
            return "not_text"
        assert isinstance(code, str)  # noqa: S101 - narrowed above
        if len(code) < filters.min_code_chars:
            return "too_short"
        if len(code) > filters.max_code_chars:
            return "too_long"
        framework = self._framework(optional["framework"] or None, code)
        if self._frameworks is not None and framework not in self._frameworks:
            return "framework"
        if filters.code_contains is not None and filters.code_contains not in code:
            return "no_match"
        digest = hashlib.sha256(code.encode("utf-8")).hexdigest()[:16]
        if digest in self._seen:
            return "duplicate"
        self._seen.add(digest)
        name = (optional["name"] or f"{Path(self.name).stem} #{index}")[:NAME_CHARS]
        description = optional["description"] or None
        head = f"{name} ({framework})"
        text = "\n".join(x for x in (head, description, code) if x)[:EMBED_CHARS]
        meta: dict[str, Any] = {
            "source": "dataset",
            "dataset": self.name,
            "name": name,
            "framework": framework,
            "preview": (description or code.strip())[:PREVIEW_CHARS],
            "row": index,
            "code_chars": len(code),
        }
        if description:
            meta["description"] = description[:DESCRIPTION_CHARS]
        return Record(f"dataset:{self.name[:200]}:{digest}", text, meta)

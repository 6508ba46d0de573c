"""On-disk form of one vector collection: a checksummed snapshot plus an fsynced journal.

Layout of `<data_root>/vectors/<name>/` (shared with the extension's in-process tier, which reads
and writes the same files: src/store/; docs/vector-store-format.md is the specification):
  vectors.f32          the snapshot's vectors: count x dimensions little-endian float32, row i
                       belonging to meta.json's items[i] (FAISS is rebuilt from it at load)
  meta.json            format, model, dimensions, sha256 of vectors.f32, generation, ids, metadata
  journal-<gen>.log    operations since snapshot <gen>, one `<sha256> <json>` line each
and `<name>.lock/` beside the folder while a process holds the collection (dirlock.py).

A snapshot commits in two phases (index, then meta) and a crash between them is rolled forward
from `meta.json.pending`, so a valid pair is always on disk. The journal is what makes each
acknowledged write durable without rewriting the whole index on every call.
"""

import contextlib
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Called before each write; raises (dirlock.LockLost) when the caller's lock is no longer its own.
Guard = Callable[[], None]


def _no_guard() -> None:
    return None


FORMAT_VERSION = 2
INDEX_FILE = "vectors.f32"
META_FILE = "meta.json"
PENDING_META = "meta.json.pending"
INDEX_TMP = "vectors.f32.tmp"
KEEP_SET_ASIDES = 3  # `.corrupt-*` set-asides kept per file or folder (the newest)


class CorruptCollection(Exception):
    """The files of a collection cannot be trusted; the message says why."""


def fsync_dir(path: Path) -> None:
    # A rename is only durable once the directory entry itself reaches the disk.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` in one step (tmp + fsync + os.replace + fsync of the folder)."""
    tmp = path.with_name(path.name + ".tmp")  # callers serialise writers (a DirLock or one owner)
    _write_synced(tmp, data)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def journal_path(folder: Path, generation: int) -> Path:
    return folder / f"journal-{generation}.log"


def journals(folder: Path) -> dict[int, Path]:
    """Journal files by generation."""
    found = {}
    for path in folder.glob("journal-*.log"):
        suffix = path.stem.removeprefix("journal-")
        if suffix.isdigit():
            found[int(suffix)] = path
    return found


def write_snapshot(
    folder: Path, index_bytes: bytes, meta: dict[str, Any], guard: Guard = _no_guard
) -> None:
    """Commit index + meta together; journals of older generations are then dropped."""
    meta = {**meta, "format": FORMAT_VERSION, "vectors_sha256": sha256(index_bytes)}
    guard()
    folder.mkdir(parents=True, exist_ok=True)
    _write_synced(folder / INDEX_TMP, index_bytes)
    _write_synced(folder / PENDING_META, json.dumps(meta, separators=(",", ":")).encode())
    guard()  # the commit point: only while the lock is still ours
    os.replace(folder / INDEX_TMP, folder / INDEX_FILE)
    os.replace(folder / PENDING_META, folder / META_FILE)
    fsync_dir(folder)
    for generation, old in journals(folder).items():
        if generation != meta["generation"]:
            old.unlink(missing_ok=True)


def _parse_meta(raw: bytes, source: str) -> dict[str, Any]:
    try:
        meta = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CorruptCollection(f"{source} is not valid JSON ({e})") from None
    if not isinstance(meta, dict):
        raise CorruptCollection(f"{source} is not a JSON object")
    if meta.get("format") != FORMAT_VERSION:
        raise CorruptCollection(f"{source} has unsupported format {meta.get('format')!r}")
    return meta


def read_snapshot(folder: Path, guard: Guard = _no_guard) -> tuple[bytes, dict[str, Any]] | None:
    """The verified snapshot, None when there is none yet; CorruptCollection when untrustworthy."""
    index_file, meta_file, pending = (folder / n for n in (INDEX_FILE, META_FILE, PENDING_META))
    if not meta_file.exists() and not pending.exists():
        if index_file.exists():
            raise CorruptCollection(f"{META_FILE} is missing beside {INDEX_FILE}")
        return None
    if not index_file.exists():
        raise CorruptCollection(f"{INDEX_FILE} is missing beside {META_FILE}")
    index_bytes = index_file.read_bytes()
    digest = sha256(index_bytes)
    if pending.exists():
        # Crash between the two renames of write_snapshot: the pending meta names the new index.
        with contextlib.suppress(CorruptCollection):
            meta = _parse_meta(pending.read_bytes(), PENDING_META)
            if meta.get("vectors_sha256") == digest:
                guard()
                os.replace(pending, meta_file)
                fsync_dir(folder)
                return index_bytes, meta
        guard()
        pending.unlink()
    if not meta_file.exists():
        raise CorruptCollection(f"{META_FILE} is missing beside {INDEX_FILE}")
    meta = _parse_meta(meta_file.read_bytes(), META_FILE)
    if meta.get("vectors_sha256") != digest:
        raise CorruptCollection(f"{INDEX_FILE} does not match the checksum in {META_FILE}")
    return index_bytes, meta


def append_record(path: Path, record: dict[str, Any]) -> int:
    """Append one journal line and fsync it; returns the journal's new size."""
    payload = json.dumps(record, separators=(",", ":")).encode()
    line = sha256(payload).encode() + b" " + payload + b"\n"
    created = not path.exists()
    with path.open("ab") as f:
        start = f.tell()
        try:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())
        except OSError:
            # A partial line (disk full) would glue onto the next record and read as corruption.
            with contextlib.suppress(OSError):
                f.truncate(start)
            raise
        size = f.tell()
    if created:
        fsync_dir(path.parent)
    return size


@dataclass
class JournalRead:
    records: list[dict[str, Any]]
    end: int  # offset just past the last good record
    torn_tail: bool  # a final line without its newline: a write cut off before it was acked


def read_journal(path: Path, offset: int = 0) -> JournalRead:
    """Records from `offset` on; a complete line with a bad checksum is corruption."""
    try:
        with path.open("rb") as f:
            f.seek(offset)
            data = f.read()
    except FileNotFoundError:
        return JournalRead([], offset, False)
    records: list[dict[str, Any]] = []
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            return JournalRead(records, offset + pos, True)
        digest, _, payload = data[pos:nl].partition(b" ")
        where = f"{path.name}: record at byte {offset + pos}"
        if sha256(payload).encode() != digest:
            raise CorruptCollection(f"{where} fails its checksum")
        try:
            record = json.loads(payload)
        except json.JSONDecodeError:
            raise CorruptCollection(f"{where} is not JSON") from None
        records.append(record)
        pos = nl + 1
    return JournalRead(records, offset + pos, False)


def truncate(path: Path, size: int) -> None:
    with path.open("r+b") as f:
        f.truncate(size)
        os.fsync(f.fileno())


def set_aside(folder: Path) -> Path:
    """Move a collection's files to `<name>.corrupt-<UTC time>/` beside it, for a human to see."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = folder.with_name(f"{folder.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = folder.with_name(f"{folder.name}.corrupt-{stamp}-{n}")
    os.replace(folder, target)
    fsync_dir(folder.parent)
    prune_set_asides(folder)
    return target


def prune_set_asides(target: Path, keep: int = KEEP_SET_ASIDES) -> list[Path]:
    """Remove all but the newest `keep` of `<target>.corrupt-*` (by mtime, then name)."""
    found = []
    for p in target.parent.glob(f"{target.name}.corrupt-*"):
        with contextlib.suppress(FileNotFoundError):
            found.append((p.lstat().st_mtime, p.name, p))
    found.sort(reverse=True)
    gone = [p for _, _, p in found[keep:]]
    for p in gone:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    return gone


def remove_folder(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
        fsync_dir(folder.parent)


def files_size(folder: Path) -> int:
    try:
        return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    except FileNotFoundError:
        return 0

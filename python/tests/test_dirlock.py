"""Lock protocol v2 (docs/vector-store-format.md, "Locking"): an owner nonce checked before release
and before every write, stale locks broken by a rename, a SIGSTOPped owner that wakes up writes
nothing. test/unit/lockLost.test.ts runs the same against the extension's store."""

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from siza_ml.services.vectors import dirlock
from siza_ml.services.vectors.collection import CollectionBusy
from test_vector_store import fill, open_store, unit


def _steal(path, pid=1):
    # What a breaker leaves: the same directory, another owner's record.
    owner = {"version": 2, "nonce": "someone-else", "pid": pid, "host": "h", "acquiredAt": "x"}
    (path / dirlock.OWNER_FILE).write_text(json.dumps(owner))


def test_the_owner_record_names_this_process(tmp_path):
    lock = dirlock.DirLock(tmp_path / "c.lock", 1)
    lock.acquire()
    owner = dirlock.read_owner(tmp_path / "c.lock")
    assert owner["nonce"] == lock.nonce and owner["pid"] == os.getpid() and owner["version"] == 2
    lock.assert_held()
    lock.release()
    assert not (tmp_path / "c.lock").exists()


def test_release_never_removes_a_lock_that_is_not_ours(tmp_path):
    path = tmp_path / "c.lock"
    lock = dirlock.DirLock(path, 1)
    lock.acquire()
    _steal(path)
    with pytest.raises(dirlock.LockLost, match="pid 1"):
        lock.assert_held()
    lock.release()
    assert dirlock.read_owner(path)["nonce"] == "someone-else"


def test_the_lock_of_a_process_that_is_gone_is_broken_at_once(tmp_path):
    path = tmp_path / "c.lock"
    pid_of = [sys.executable, "-c", "import os; print(os.getpid())"]
    done = subprocess.run(pid_of, check=True, capture_output=True, text=True)
    path.mkdir()

    owner = {"version": 2, "nonce": "n", "pid": int(done.stdout), "host": socket.gethostname()}
    (path / dirlock.OWNER_FILE).write_text(json.dumps(owner | {"acquiredAt": "x"}))
    lock = dirlock.DirLock(
        path, 2, stale=600
    )  # fresh by its mtime: only the dead pid makes it stale
    lock.acquire()
    assert dirlock.read_owner(path)["nonce"] == lock.nonce
    lock.release()


def test_a_collection_whose_lock_was_broken_writes_nothing_and_answers_busy(tmp_path):
    store = open_store(tmp_path)
    fill(store, unit(3))
    collection = store.get("workspace")
    folder = tmp_path / "vectors" / "workspace"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(CollectionBusy, match="broken as stale"), collection.locked():
        _steal(folder.with_name("workspace.lock"))
        collection.upsert(["late"], unit(1, seed=9), [{}])
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert dirlock.read_owner(folder.with_name("workspace.lock"))["nonce"] == "someone-else"


OWNER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from siza_ml.services.vectors.dirlock import DirLock, LockLost
    lock = DirLock(Path(sys.argv[1]), 5)
    lock.acquire()
    print("held", flush=True)
    sys.stdin.readline()
    try:
        lock.assert_held()
        print("still held", flush=True)
    except LockLost:
        print("lost", flush=True)
    lock.release()
    """
)


def test_an_owner_stopped_past_the_stale_time_loses_its_lock(tmp_path):
    path = tmp_path / "c.lock"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [sys.executable, "-c", OWNER, str(path)]
    pipe = subprocess.PIPE
    owner = subprocess.Popen(args, stdin=pipe, stdout=pipe, text=True, env=env)
    try:
        assert owner.stdout.readline().strip() == "held"
        owner.send_signal(signal.SIGSTOP)
        breaker = dirlock.DirLock(path, 10, stale=0.5)
        breaker.acquire()
        owner.send_signal(signal.SIGCONT)
        owner.stdin.write("go\n")
        owner.stdin.flush()
        assert owner.stdout.readline().strip() == "lost"
        assert owner.wait(10) == 0
        breaker.assert_held()  # the woken owner's release left our lock alone
        breaker.release()
    finally:
        owner.kill()

"""scripts/test-results.py, which scripts/test.sh uses for its totals: failures and errors add up,
a skip counts as a failure, and a missing file or another run's file is a failure, never a pass."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "test-results.py"


def totals(kind: str, path: Path, run_id: str) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), kind, str(path), run_id],
        capture_output=True,
        text=True,
        check=True,
    )
    passed, failed = out.stdout.split()
    return int(passed), int(failed)


def test_junit_adds_failures_errors_and_skips(tmp_path: Path) -> None:
    f = tmp_path / "r.xml"
    f.write_text(
        '<testsuites><testsuite name="run-1" tests="6" failures="1" errors="2" skipped="1">'
        '<testcase classname="a" name="ok1"/><testcase classname="a" name="ok2"/>'
        '<testcase classname="a" name="f"><failure/></testcase>'
        '<testcase classname="a" name="e1"><error/></testcase>'
        '<testcase classname="a" name="e2"><error/></testcase>'
        '<testcase classname="a" name="s"><skipped/></testcase></testsuite></testsuites>'
    )
    assert totals("junit", f, "run-1") == (2, 4)


def test_a_file_of_another_run_or_none_is_a_failure(tmp_path: Path) -> None:
    f = tmp_path / "r.xml"
    f.write_text(
        '<testsuites><testsuite name="old-run" tests="3" failures="0" errors="0" skipped="0"/>'
        "</testsuites>"
    )
    assert totals("junit", f, "run-2") == (0, 1)
    assert totals("junit", tmp_path / "missing.xml", "run-2") == (0, 1)
    m = tmp_path / "m.json"
    m.write_text(json.dumps({"runId": "old-run", "passed": ["a"], "failed": []}))
    assert totals("mocha", m, "run-2") == (0, 1)


def test_mocha_counts_failed_and_pending(tmp_path: Path) -> None:
    m = tmp_path / "m.json"
    m.write_text(
        json.dumps(
            {
                "runId": "r",
                "passed": ["a", "b"],
                "failed": [{"title": "c", "error": "x"}],
                "pending": ["d"],
            }
        )
    )
    assert totals("mocha", m, "r") == (2, 2)

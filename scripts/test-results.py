"""Reads the results file a test tier wrote and prints "<passed> <failed>" for scripts/test.sh.

A tier's console output is not evidence: a tier that crashed before writing, or a file left behind
by an earlier run, must not count as passed. So each runner writes a results file stamped with the
run id that test.sh generated (SIZA_TEST_RUN_ID), and this script refuses a missing file or another
run's file. Failed counts failures and errors together; a skipped test counts as failed (nothing in
these tiers may skip).

  python3 scripts/test-results.py junit FILE RUN_ID  # pytest --junitxml, suite name = run id
  python3 scripts/test-results.py mocha FILE RUN_ID  # test/reporter.cjs, test/integration/index.ts
"""

import json
import sys
import xml.etree.ElementTree as ET


def junit(path: str, run_id: str) -> tuple[int, int, list[str]]:
    root = ET.parse(path).getroot()  # noqa: S314 (our own test run's file)
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    if not suites or any(s.get("name") != run_id for s in suites):
        raise ValueError(f"{path} was not written by run {run_id}")
    total = sum(int(s.get("tests", 0)) for s in suites)
    bad = sum(int(s.get(k, 0)) for s in suites for k in ("failures", "errors", "skipped"))
    names = []
    for case in root.iter("testcase"):
        for kind in ("failure", "error", "skipped"):
            if case.find(kind) is not None:
                names.append(f"{kind}: {case.get('classname')}::{case.get('name')}")
    return total - bad, bad, names


def mocha(path: str, run_id: str) -> tuple[int, int, list[str]]:
    with open(path, encoding="utf-8") as f:
        r = json.load(f)
    if r.get("runId") != run_id:
        raise ValueError(f"{path} was not written by run {run_id} (it says {r.get('runId')!r})")
    failed = [f"failed: {t['title']}" for t in r["failed"]]
    pending = [f"skipped: {t}" for t in r.get("pending", [])]
    return len(r["passed"]), len(failed) + len(pending), failed + pending


def main() -> int:
    kind, path, run_id = sys.argv[1:4]
    try:
        passed, failed, names = (junit if kind == "junit" else mocha)(path, run_id)
    except (OSError, ValueError, KeyError, ET.ParseError) as e:
        print(f"test-results: {e}", file=sys.stderr)
        print("0 1")
        return 0
    for n in names:
        print(f"  {n}", file=sys.stderr)
    print(passed, failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

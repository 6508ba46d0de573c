"""What the sidecar's base install and each extra download and take on disk, for
src/sidecar/installSize.json.

python3 scripts/measure-install-size.py [--write]

This machine's platform is measured: the wheels pip downloads for the base (python/requirements.txt)
(summed), then `du -sk` of a fresh venv installed from exactly those wheels; each extra
(requirements-extra-<name>*.txt) is then installed into that venv alone: its download is the wheels
the base did not already have, its disk the venv's growth. Other platforms get
"about": pip resolves the same requirements for that platform from PyPI without installing
(--dry-run --report, --only-binary=:all:) and each wheel's size is its Content-Length there.
Where that cannot be resolved, or it would pull PyPI's CUDA torch (the extension installs the CPU
build from download.pytorch.org there), the platform is left unknown.
"""

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
PYDIR = ROOT / "python"
REQ = PYDIR / "requirements.txt"
# A part of an install: a requirements file and whether pip installs it with --no-deps. The same
# table as src/sidecar/extras.ts (test/unit/extras.test.ts keeps them equal).
Part = tuple[Path, bool]
BASE: list[Part] = [(REQ, False)]
_LLM: list[Part] = [
    (PYDIR / "requirements-extra-llm.txt", False),
    (PYDIR / "requirements-extra-llm-nodeps.txt", True),
]
EXTRAS: dict[str, list[Part]] = {
    "llm": _LLM,
    "train": [*_LLM, (PYDIR / "requirements-extra-train.txt", False)],
    "ingest": [(PYDIR / "requirements-extra-ingest.txt", False)],
}
OUT = ROOT / "src" / "sidecar" / "installSize.json"
PY = f"{sys.version_info[0]}.{sys.version_info[1]}"
QUIET = ["--disable-pip-version-check", "--no-input", "--progress-bar", "off", "-q"]
# the extension's keys (process.platform-process.arch): pip's platform tags, the markers there
LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
MAC = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}
OTHERS = {
    "linux-x64": (
        ["manylinux_2_28_x86_64", "manylinux2014_x86_64"],
        LINUX | {"platform_machine": "x86_64"},
    ),
    "linux-arm64": (
        ["manylinux_2_28_aarch64", "manylinux2014_aarch64"],
        LINUX | {"platform_machine": "aarch64"},
    ),
    "darwin-arm64": (
        ["macosx_14_0_arm64", "macosx_12_0_arm64", "macosx_11_0_arm64"],
        MAC | {"platform_machine": "arm64"},
    ),
    "darwin-x64": (
        ["macosx_14_0_x86_64", "macosx_11_0_x86_64", "macosx_10_15_x86_64"],
        MAC | {"platform_machine": "x86_64"},
    ),
    "win32-x64": (
        ["win_amd64"],
        {
            "sys_platform": "win32",
            "platform_system": "Windows",
            "os_name": "nt",
            "platform_machine": "AMD64",
        },
    ),
}
# pip's --platform chooses wheels but evaluates markers (torch's `platform_system == "Linux"` CUDA
# dependencies) for this machine: this runs pip with the target's marker environment instead
PIP_AS = """
import json, sys
import pip._vendor.packaging.markers as m
target, own = json.loads(sys.argv[1]), m.default_environment
m.default_environment = lambda: {**own(), **target}
from pip._internal.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def normalised(path: Path) -> str:
    lines = (raw.strip() for raw in path.read_text().splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("#"))


def requirements_digest(parts: list[Part]) -> str:
    """The same digest as src/sidecar/installSize.ts: a pin changed means the numbers are stale."""
    text = "\n".join(("--no-deps\n" if nd else "") + normalised(f) for f, nd in parts)
    return hashlib.sha256(text.encode()).hexdigest()


def run(*args: str) -> None:
    print("$", " ".join(args), file=sys.stderr)
    subprocess.run(args, check=True)  # noqa: S603


def host_key() -> str:
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}[
        platform.machine().lower()
    ]
    return f"{sys.platform}-{arch}"  # linux, darwin or win32, as Node's process.platform


def _du(folder: Path) -> int:
    du = subprocess.run(["du", "-sk", str(folder)], check=True, capture_output=True, text=True)  # noqa: S603, S607
    return int(du.stdout.split()[0]) * 1024


def _install(vpy: str, wheels: Path, parts: list[Part], done: list[Part] = ()) -> list[Path]:
    """Downloads the parts' wheels into `wheels`, installs them from there; the new files. `done`:
    parts installed already, resolved again with these (their wheels are there: nothing new)."""
    before = set(wheels.iterdir()) if wheels.exists() else set()
    # one resolve for the files with dependencies, so one file's pins (torch==) bind another's deps
    reqs = [a for req, nodeps in [*done, *parts] if not nodeps for a in ("-r", str(req))]
    run(sys.executable, "-m", "pip", "download", *QUIET, "-d", str(wheels), *reqs)
    for req in (r for r, nodeps in parts if nodeps):
        nd = ["--no-deps", "-d", str(wheels), "-r", str(req)]
        run(sys.executable, "-m", "pip", "download", *QUIET, *nd)
    local = ["--no-index", "--find-links", str(wheels)]
    for req, nodeps in parts:
        nd = ["--no-deps"] if nodeps else []
        run(vpy, "-m", "pip", "install", *QUIET, *local, *nd, "-r", str(req))
    files = sorted(set(wheels.iterdir()) - before)
    if any(f.name.startswith("nvidia_") for f in files):
        sys.exit(
            "pip chose PyPI's CUDA torch; the extension installs the CPU build: make it reachable"
        )
    return files


def _entry(files: list[Path], disk: int, what: str) -> dict:
    sdists = [f.name for f in files if not f.name.endswith(".whl")]
    torch = [f.name for f in files if f.name.startswith("torch-")]
    return {
        "how": "measured",
        "downloadBytes": sum(f.stat().st_size for f in files),
        "diskBytes": disk,
        "wheels": len(files),
        "note": f"{len(files)} files from pip download"
        + (f" ({torch[0]})" if torch else "")
        + (f", sdists: {', '.join(sdists)}" if sdists else "")
        + f"; disk: du -sk {what}",
    }


def measure_here(tmp: Path) -> tuple[dict, dict[str, dict]]:
    """The base in a fresh venv; then the extras into it one after another (ingest, llm, then
    train's own file): train, which installs llm's files too, is llm's numbers plus its own."""
    wheels = tmp / "wheels"
    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", str(venv))
    vpy = str(venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python"))
    files = _install(vpy, wheels, BASE)
    base = _entry(files, _du(venv), "of a fresh venv installed from them")
    extras = {}
    done: list[Part] = []
    for name in ("ingest", "llm", "train"):
        parts = [p for p in EXTRAS[name] if p not in done]
        before = _du(venv)
        added = _install(vpy, wheels, parts, [*BASE, *done])
        extras[name] = _entry(added, _du(venv) - before, "growth of the venv")
        extras[name]["files"] = added
        done += parts
    own = extras["train"].pop("files")
    extras["train"] = _entry(
        [*extras["llm"]["files"], *own],
        extras["llm"]["diskBytes"] + extras["train"]["diskBytes"],
        "growth of the venv (llm's files, then train's own)",
    )
    for e in extras.values():
        e.pop("files", None)
    return base, extras


def file_size(url: str) -> int:
    """The wheel's size as its host says (HEAD on files.pythonhosted.org), or the local file's."""
    parsed = urlparse(url)
    if parsed.scheme == "file":
        return os.path.getsize(unquote(parsed.path))
    head = urllib.request.Request(url.split("#")[0], method="HEAD")  # noqa: S310 (https from pip's report)
    with urllib.request.urlopen(head, timeout=60) as r:  # noqa: S310
        return int(r.headers["Content-Length"])


def about(tmp: Path, tags: list[str], markers: dict, parts: list[Part], base: set[str]) -> dict:
    """PyPI's sizes of the wheels `parts` resolve to for a platform, less those named in `base`."""
    items = []
    for req, nodeps in [*BASE, *parts] if base else parts:
        extra = ["--no-deps"] if nodeps else []
        report = tmp / f"report-{tags[0]}-{req.stem}.json"
        cmd = [sys.executable, "-c", PIP_AS, json.dumps(markers), "install", *QUIET, "--dry-run"]
        cmd += ["--ignore-installed", "--report", str(report), "--target", str(tmp / "t")]
        cmd += ["--only-binary=:all:", "--python-version", PY, "--implementation", "cp"]
        cmd += [a for t in tags for a in ("--platform", t)] + extra + ["-r", str(req)]
        # PyPI only: this machine's own wheelhouse and indexes hold wheels for this platform alone
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        env["PIP_CONFIG_FILE"] = os.devnull
        r = subprocess.run(cmd, capture_output=True, text=True, env=env)  # noqa: S603
        if r.returncode != 0:
            last = (r.stderr.strip().splitlines() or ["pip failed"])[-1]
            if "nvidia-" in last:
                return {"how": "unknown", "note": f"PyPI's torch there is the CUDA build ({last})"}
            return {"how": "unknown", "note": f"pip cannot resolve the requirements for it: {last}"}
        items += json.loads(report.read_text())["install"]
    items = [i for i in items if i["metadata"]["name"].lower() not in base]
    names = [i["metadata"]["name"].lower() for i in items]
    if any(n.startswith("nvidia-") for n in names):
        return {"how": "unknown", "note": "PyPI's torch there is the CUDA build, not the CPU one"}
    total = sum(file_size(i["download_info"]["url"]) for i in items)
    return {
        "how": "about",
        "downloadBytes": total,
        "wheels": len(items),
        "names": sorted(names),
        "note": f"PyPI sizes of the {len(items)} wheels pip resolves for {tags[0]}"
        + (" beyond the base" if base else "")
        + "; disk unknown",
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    ap.add_argument("--skip-host", action="store_true", help="keep the host's entry of the file")
    ap.add_argument("--host-only", action="store_true", help="keep the other platforms' entries")
    args = ap.parse_args()
    key = host_key()
    old = json.loads(OUT.read_text()) if OUT.exists() else {"platforms": {}}
    platforms: dict = {}
    extras: dict = {
        n: {"requirementsDigest": requirements_digest(p), "platforms": {}}
        for n, p in EXTRAS.items()
    }
    with tempfile.TemporaryDirectory(prefix="siza-size-") as t:
        tmp = Path(t)
        if args.skip_host:
            platforms[key] = old["platforms"][key]
            for n in EXTRAS:
                extras[n]["platforms"][key] = old["extras"][n]["platforms"][key]
        else:
            platforms[key], here = measure_here(tmp)
            for n, entry in here.items():
                extras[n]["platforms"][key] = entry
        for k, (tags, markers) in OTHERS.items():
            if k != key and args.host_only:  # never an older file's numbers: other requirements
                unknown = {"how": "unknown", "note": "not resolved for these requirements yet"}
                platforms[k] = dict(unknown)
                for n in EXTRAS:
                    extras[n]["platforms"][k] = dict(unknown)
            elif k != key:
                platforms[k] = about(tmp, tags, markers, BASE, set())
                names = set(platforms[k].pop("names", []))
                for n, parts in EXTRAS.items():
                    got = about(tmp, tags, markers, parts, names) if names else dict(platforms[k])
                    got.pop("names", None)
                    extras[n]["platforms"][k] = got
            print(k, platforms.get(k), file=sys.stderr)
    platforms[key].pop("names", None)
    data = {
        "$comment": "scripts/measure-install-size.py; rerun when python/requirements*.txt change",
        "requirementsDigest": requirements_digest(BASE),
        "python": PY,
        "measuredAt": datetime.now(UTC).strftime("%Y-%m-%d"),
        "platforms": dict(sorted(platforms.items())),
        "extras": {
            n: {**e, "platforms": dict(sorted(e["platforms"].items()))} for n, e in extras.items()
        },
    }
    text = json.dumps(data, indent=2) + "\n"
    if args.write:
        OUT.write_text(text)
        write_results(data, key)
    print(text)


# The same numbers as bench/RESULTS.md's section, with the install before issue 18 for comparison.
BEFORE = "562 MB download, 2.0 GB on disk (72 wheels; installSize.json of 2026-12-03)"


def write_results(data: dict, host: str) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from results_md import replace_section

    def cell(e: dict) -> str:
        if e.get("how") == "unknown" or "downloadBytes" not in e:
            return "unknown"
        about = "about " if e["how"] == "about" else ""
        disk = f" / {e['diskBytes'] / 1e6:.0f} MB" if "diskBytes" in e else ""
        return f"{about}{e['downloadBytes'] / 1e6:.0f} MB{disk}"

    keys = sorted(data["platforms"])
    rows = [("base", data["platforms"])] + [
        (f"+ {n}", e["platforms"]) for n, e in data["extras"].items()
    ]
    lines = [
        "## Install sizes (lean base and extras)",
        "",
        f"- date: {data['measuredAt']}; Python {data['python']}; written by "
        "`python3 scripts/measure-install-size.py --write` (also src/sidecar/installSize.json)",
        f"- {host}: measured here (download: the wheels pip downloads; disk: du -sk of a fresh "
        "venv for the base, the venv's growth for an extra; train = llm's files + its own); other "
        "platforms: 'about' = PyPI's sizes of the wheels pip resolves there (download only, "
        "labelled so), 'unknown' where pip cannot resolve them",
        f"- before (torch in the base, everything installed at once): {BEFORE}",
        "",
        "| part | " + " | ".join(keys) + " |",
        "|---|" + "---|" * len(keys),
    ]
    for label, platforms in rows:
        lines.append(f"| {label} | " + " | ".join(cell(platforms.get(k, {})) for k in keys) + " |")
    lines.append("")
    for label, platforms in rows:
        notes = [f"{k}: {v['note']}" for k, v in platforms.items() if v.get("how") == "unknown"]
        if notes:
            lines.append(f"- {label} unknown: " + "; ".join(notes))
    replace_section(lines[0], "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

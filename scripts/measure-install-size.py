"""What the sidecar's first install downloads and takes on disk, for src/sidecar/installSize.json.

python3 scripts/measure-install-size.py [--write]

This machine's platform is measured: the wheels pip downloads for python/requirements*.txt
(summed), then `du -sk` of a fresh venv installed from exactly those wheels. Other platforms get
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
REQ = ROOT / "python" / "requirements.txt"
NODEPS = ROOT / "python" / "requirements-nodeps.txt"
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


def requirements_digest() -> str:
    """The same digest as src/sidecar/installSize.ts: a pin changed means the numbers are stale."""
    text = normalised(REQ) + "\n--no-deps\n" + normalised(NODEPS)
    return hashlib.sha256(text.encode()).hexdigest()


def run(*args: str) -> None:
    print("$", " ".join(args), file=sys.stderr)
    subprocess.run(args, check=True)  # noqa: S603


def host_key() -> str:
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}[
        platform.machine().lower()
    ]
    return f"{sys.platform}-{arch}"  # linux, darwin or win32, as Node's process.platform


def measure_here(tmp: Path) -> dict:
    wheels = tmp / "wheels"
    run(sys.executable, "-m", "pip", "download", *QUIET, "-d", str(wheels), "-r", str(REQ))
    run(
        sys.executable,
        "-m",
        "pip",
        "download",
        *QUIET,
        "--no-deps",
        "-d",
        str(wheels),
        "-r",
        str(NODEPS),
    )
    files = sorted(wheels.iterdir())
    if any(f.name.startswith("nvidia_") for f in files):
        sys.exit(
            "pip chose PyPI's CUDA torch; the extension installs the CPU build: make it reachable"
        )
    sdists = [f.name for f in files if not f.name.endswith(".whl")]
    download = sum(f.stat().st_size for f in files)
    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", str(venv))
    vpy = str(venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python"))
    local = ["--no-index", "--find-links", str(wheels)]
    run(vpy, "-m", "pip", "install", *QUIET, *local, "-r", str(REQ))
    run(vpy, "-m", "pip", "install", *QUIET, *local, "--no-deps", "-r", str(NODEPS))
    du = subprocess.run(["du", "-sk", str(venv)], check=True, capture_output=True, text=True)  # noqa: S603, S607
    disk = int(du.stdout.split()[0]) * 1024
    torch = next(f.name for f in files if f.name.startswith("torch-"))
    return {
        "how": "measured",
        "downloadBytes": download,
        "diskBytes": disk,
        "wheels": len(files),
        "note": f"{len(files)} files from pip download ({torch})"
        + (f", sdists: {', '.join(sdists)}" if sdists else "")
        + "; disk: du -sk of a fresh venv installed from them",
    }


def file_size(url: str) -> int:
    """The wheel's size as its host says (HEAD on files.pythonhosted.org), or the local file's."""
    parsed = urlparse(url)
    if parsed.scheme == "file":
        return os.path.getsize(unquote(parsed.path))
    head = urllib.request.Request(url.split("#")[0], method="HEAD")  # noqa: S310 (https from pip's report)
    with urllib.request.urlopen(head, timeout=60) as r:  # noqa: S310
        return int(r.headers["Content-Length"])


def about(tmp: Path, tags: list[str], markers: dict) -> dict:
    items = []
    for req, extra in ((REQ, []), (NODEPS, ["--no-deps"])):
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
    names = [i["metadata"]["name"].lower() for i in items]
    if any(n.startswith("nvidia-") for n in names):
        return {"how": "unknown", "note": "PyPI's torch there is the CUDA build, not the CPU one"}
    total = sum(file_size(i["download_info"]["url"]) for i in items)
    return {
        "how": "about",
        "downloadBytes": total,
        "wheels": len(items),
        "note": f"PyPI sizes of the {len(items)} wheels pip resolves for {tags[0]}; disk unknown",
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    ap.add_argument("--skip-host", action="store_true", help="keep the host's entry of the file")
    args = ap.parse_args()
    key = host_key()
    old = json.loads(OUT.read_text()) if OUT.exists() else {"platforms": {}}
    platforms: dict = {}
    with tempfile.TemporaryDirectory(prefix="siza-size-") as t:
        tmp = Path(t)
        platforms[key] = old["platforms"][key] if args.skip_host else measure_here(tmp)
        for k, (tags, markers) in OTHERS.items():
            if k != key:
                platforms[k] = about(tmp, tags, markers)
            print(k, platforms.get(k), file=sys.stderr)
    data = {
        "$comment": "scripts/measure-install-size.py; rerun when python/requirements*.txt change",
        "requirementsDigest": requirements_digest(),
        "python": PY,
        "measuredAt": datetime.now(UTC).strftime("%Y-%m-%d"),
        "platforms": dict(sorted(platforms.items())),
    }
    text = json.dumps(data, indent=2) + "\n"
    if args.write:
        OUT.write_text(text)
    print(text)


if __name__ == "__main__":
    main()

"""scripts/dev-venv.sh on a python3 without venv/ensurepip (stock Debian without python3-venv): it
stops with a message naming the package to install, instead of venv's traceback."""

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def python_without_ensurepip(base: Path) -> Path:
    """A real interpreter whose standard library lacks ensurepip (as Debian's python3 without
    python3-venv): the same binary, PYTHONHOME on links to every stdlib entry but ensurepip."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    home = base / "home"
    lib = home / "lib" / stdlib.name
    lib.mkdir(parents=True)
    for entry in stdlib.iterdir():
        if entry.name not in ("ensurepip", "site-packages"):
            (lib / entry.name).symlink_to(entry)
    wrapper = base / "python3"
    wrapper.write_text(f'#!/bin/sh\nPYTHONHOME="{home}" exec "{sys.executable}" "$@"\n')
    wrapper.chmod(0o755)
    return wrapper


def test_dev_venv_names_the_package_when_ensurepip_is_missing(tmp_path: Path) -> None:
    py = python_without_ensurepip(tmp_path / "py")
    probe = subprocess.run([str(py), "-c", "import ensurepip"], capture_output=True, text=True)
    assert probe.returncode != 0 and "ensurepip" in probe.stderr  # the interpreter really lacks it
    checkout = tmp_path / "checkout"
    (checkout / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "dev-venv.sh", checkout / "scripts")
    shutil.copytree(ROOT / "python", checkout / "python", ignore=shutil.ignore_patterns("tests"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.run(
        [shutil.which("bash") or "/bin/bash", str(checkout / "scripts" / "dev-venv.sh")],
        env={**env, "PYTHON": str(py)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    ver = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert out.returncode == 1, out.stderr
    assert "apt install python3-venv" in out.stderr and f"python{ver}-venv" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (checkout / ".venv").exists()

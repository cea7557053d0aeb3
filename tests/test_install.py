"""The package finds its descriptors, lexicons and models when installed non-editable
into a fresh virtual environment, run from a folder that is not the checkout."""
from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.integration

CHECK = r"""
import sys
from pathlib import Path
import ctakes_py
from ctakes_py import Pipeline
from ctakes_py.resources import resource_root
pkg = Path(ctakes_py.__file__).resolve().parent
assert "site-packages" in str(pkg), pkg
for kind in ("descriptors", "lexicons", "models"):
    root = resource_root(kind)
    assert root.is_relative_to(pkg), (kind, root)
nlp = Pipeline.from_descriptor("default")
cas = nlp("HISTORY OF PRESENT ILLNESS:\nNo fever. Cough for 3 days.\n", document_id="d1")
print(len(cas.select("org.apache.ctakes.typesystem.type.textspan.Sentence")))
"""


def test_non_editable_install_finds_resources(tmp_path: Path):
    src = tmp_path / "src"
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(
        ".git", "build", "*.egg-info", "__pycache__", ".pytest_cache", "out", ".hypothesis"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=False)
    py = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--quiet", "--no-deps",
                    str(src)], check=True, capture_output=True, text=True)
    shutil.rmtree(src)  # the installed package must not need the checkout
    run = subprocess.run([str(py), "-c", CHECK], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout.strip()) >= 2

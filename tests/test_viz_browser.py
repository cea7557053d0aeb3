"""The visualizer in a real headless browser (Debian's chromium): the script runs without
console errors, draws one arc per relation, and the screenshot shows the coloured spans."""
from __future__ import annotations

import base64
import re
import shutil
import subprocess

import pytest
from conftest import require_tool

from ctakes_py.pipeline import Pipeline
from ctakes_py.viz import show
from ctakes_py.viz.render import type_color

NOTE = ("HISTORY OF PRESENT ILLNESS:\nMr. Smith is a 70-year-old man with a history of hypertension. "
        "He denies fever or cough. He reports possible pneumonia.\n\nMEDICATIONS:\n"
        "1. Metformin 500 mg PO BID.\n2. Lisinopril 10 mg daily.\n")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(tmp_path, *args):
    require_tool("chromium", CHROMIUM is not None)
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--hide-scrollbars", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
           "--virtual-time-budget=3000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def page_view():
    return show(Pipeline.from_descriptor("phenotype")(NOTE, document_id="browser-note"))


def _console_errors(stderr):
    return [line for line in stderr.splitlines()
            if "Uncaught" in line or ("CONSOLE" in line and "error" in line.lower())]


def test_page_runs_without_console_errors_and_draws_every_arc(tmp_path, page_view):
    page = page_view.save(tmp_path / "page.html")
    run = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    assert _console_errors(run.stderr) == []
    root = re.search(r'<div class="ctv"[^>]*>', run.stdout).group(0)
    assert 'data-ready="1"' in root
    assert page_view.view.arcs and f'data-arcs="{len(page_view.view.arcs)}"' in root
    assert run.stdout.count('class="arc"') == len(page_view.view.arcs)


def test_screenshot_shows_the_marked_spans(tmp_path, page_view):
    page = page_view.save(tmp_path / "page.html")
    shot = tmp_path / "shot.png"
    run = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1100,900", page.as_uri())
    assert run.returncode == 0 and shot.stat().st_size > 10_000, run.stderr[-2000:]
    counts = _pixel_counts(tmp_path, shot, [type_color(label)[0] for label in
                                            ("DiseaseDisorderMention", "SignSymptomMention", "MedicationMention")])
    assert all(n > 200 for n in counts), counts  # each entity colour covers real area


def _pixel_counts(tmp_path, png, hex_colors):
    """Count exact-colour pixels of ``png`` with the browser's own decoder (canvas)."""
    rgb = [[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in hex_colors]
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    check = tmp_path / "check.html"
    check.write_text(
        "<!DOCTYPE html><html><body><pre id=out>pending</pre><script>"
        f"var want={rgb};var img=new Image();img.onload=function(){{"
        "var c=document.createElement('canvas');c.width=img.width;c.height=img.height;"
        "var g=c.getContext('2d');g.drawImage(img,0,0);var d=g.getImageData(0,0,c.width,c.height).data;"
        "var n=want.map(function(){return 0;});for(var i=0;i<d.length;i+=4){for(var k=0;k<want.length;k++){"
        "if(d[i]===want[k][0]&&d[i+1]===want[k][1]&&d[i+2]===want[k][2]){n[k]++;}}}"
        "document.getElementById('out').textContent='counts:'+n.join(',');};"
        f"img.src='data:image/png;base64,{data}';</script></body></html>", encoding="utf-8")
    run = _chromium(tmp_path, "--dump-dom", check.as_uri())
    found = re.search(r"counts:([\d,]+)", run.stdout)
    assert found, run.stdout[-500:]
    return [int(n) for n in found.group(1).split(",")]

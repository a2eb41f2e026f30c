"""What a student sees: every chapter and exercise notebook run in JupyterLab in a real browser.

JupyterLab serves copies of the notebooks (the committed files are never touched); Playwright drives
Debian's Chromium (``chromium`` package; Playwright's own browser download is not needed). For each
notebook: it opens unmodified, Run All finishes with no error and no stderr, every image is drawn,
every widget is displayed; in each explorer one control is moved and the text and the figure must
change. Run All times and move-to-redraw latencies go to ``build/browser-report.json``.

The test is skipped where Chromium is missing, unless ``CRMLAB_REQUIRE_BROWSER=1`` (``.ci/run``
sets it and installs Chromium, so in CI it can never be skipped).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = [p.relative_to(ROOT).as_posix() for folder in
             ["notebooks", "exercises", "exercises/solutions",
              "notebooks/zh", "exercises/zh", "exercises/zh/solutions"]  # English and Chinese editions
             for p in sorted(ROOT.glob(f"{folder}/*.ipynb"))]
REPORT = ROOT / "build" / "browser-report.json"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]
RUN_ALL_TIMEOUT_MS = 180_000


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    return None


def _unavailable(reason: str):
    if os.environ.get("CRMLAB_REQUIRE_BROWSER") == "1":
        pytest.fail(f"the real-browser test is required here but {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a copy of notebooks/ and exercises/, with a fresh workspace."""
    if _chromium() is None:
        _unavailable("Chromium is not installed (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("Playwright for Python is not installed")
    root = tmp_path_factory.mktemp("lab")
    for folder in ("notebooks", "exercises"):
        shutil.copytree(ROOT / folder, root / folder,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    port, token = _free_port(), "crmlab-browser-test"
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # inline figures, not Agg
    env.update(JUPYTER_CONFIG_DIR=str(root / ".config"), JUPYTER_RUNTIME_DIR=str(root / ".runtime"))
    log = open(root / "lab.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", "--allow-root",
         f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
         f"--LabApp.workspaces_dir={root / '.workspaces'}",
         f"--LabApp.user_settings_dir={root / '.settings'}"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-3000:])
            time.sleep(0.3)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
        yield {"browser": browser, "url": f"http://127.0.0.1:{port}", "token": token,
               "root": root, "report": {}}
        browser.close()
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture(scope="module", autouse=True)
def report(lab):
    yield
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(lab["report"], indent=1))


CURRENT = "window.jupyterapp.shell.currentWidget"
READY = f"""() => {{ const w = window.jupyterapp && {CURRENT};
    return !!(w && w.context && w.context.isReady && w.sessionContext && w.sessionContext.session
              && w.sessionContext.session.kernel
              && w.sessionContext.session.kernel.status === 'idle'); }}"""
PROBLEMS = f"""() => {{
    const problems = [];
    {CURRENT}.content.widgets.forEach((cell, i) => {{
        if (cell.model.type !== 'code') return;
        for (const out of cell.model.outputs.toJSON()) {{
            if (out.output_type === 'error')
                problems.push(`cell ${{i}}: ${{out.ename}}: ${{out.evalue}}`);
            if (out.output_type === 'stream' && out.name === 'stderr')
                problems.push(`cell ${{i}} stderr: ${{String(out.text).slice(0, 300)}}`);
        }}
    }});
    const node = {CURRENT}.node;
    node.querySelectorAll('img').forEach((img, i) => {{
        if (!img.complete || img.naturalWidth === 0) problems.push(`image ${{i}} not drawn`);
    }});
    if (node.innerText.includes('Error displaying widget')) problems.push('Error displaying widget');
    return problems;
}}"""
EXPLORERS = f"""() => Array.from({CURRENT}.node.querySelectorAll('.jp-OutputArea-output'))
    .filter(o => o.querySelector('.noUi-handle') && o.querySelector('img')).length"""
SNAPSHOT = f"""(k) => {{
    const box = Array.from({CURRENT}.node.querySelectorAll('.jp-OutputArea-output'))
        .filter(o => o.querySelector('.noUi-handle') && o.querySelector('img'))[k];
    return {{text: Array.from(box.querySelectorAll('.widget-html-content'))
                 .map(e => e.innerText).join('|'),
             image: box.querySelector('img').src}};
}}"""


def _screenshot(page, name: str) -> str:
    target = ROOT / "build" / "browser-failures" / (name.replace("/", "__") + ".png")
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    return str(target)


def _lab_page(lab):
    """One JupyterLab page for all notebooks (a fresh one after a failure): loading the app once
    instead of once per notebook saves a few seconds each."""
    if lab.get("page") is None:
        page = lab["browser"].new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(RUN_ALL_TIMEOUT_MS)
        page.goto(f"{lab['url']}/lab?reset&token={lab['token']}")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell"
                               " && window.jupyterapp.commands.hasCommand('docmanager:open')",
                               timeout=90_000, polling=200)
        page.evaluate("async () => { await window.jupyterapp.restored; }")  # layout restored
        lab["page"] = page
    return lab["page"]


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_run_all_in_the_browser(lab, notebook):
    page = _lab_page(lab)
    failed = True
    try:
        page.evaluate("async (path) => { await window.jupyterapp.commands.execute("
                      "'docmanager:open', {path: path, factory: 'Notebook'}); }", notebook)
        page.wait_for_function(f"""(path) => {{ const w = window.jupyterapp && {CURRENT};
            return !!(w && w.context && w.context.path === path) && ({READY})(); }}""",
            arg=notebook, timeout=90_000, polling=200)
        page.wait_for_timeout(500)  # let the kernel's first messages settle into the model
        assert not page.evaluate(f"() => {CURRENT}.context.model.dirty"), \
            f"{notebook} opens marked as modified"

        started = time.perf_counter()
        page.evaluate("async () => await window.jupyterapp.commands.execute("
                      "'notebook:run-all-cells')")
        page.wait_for_function(READY, polling=200)
        page.wait_for_function(f"""() => Array.from({CURRENT}.node.querySelectorAll('img'))
                                         .every(i => i.complete)""", polling=200)
        page.wait_for_function(f"""() => {{
            const code = {CURRENT}.content.widgets.filter(c => c.model.type === 'code');
            return code.every(c => c.model.executionCount !== null)
                && Math.max(...code.map(c => c.model.executionCount)) === code.length; }}""",
            polling=200)   # every cell ran, once, in this fresh kernel
        run_all = time.perf_counter() - started
        page.wait_for_timeout(300)
        problems = page.evaluate(PROBLEMS)
        assert not problems, f"{notebook}: {problems} (screenshot {_screenshot(page, notebook)})"

        latencies = []
        for k in range(page.evaluate(EXPLORERS)):
            handle = page.locator(".jp-OutputArea-output:has(.noUi-handle):has(img)").nth(k) \
                         .locator(".noUi-handle").first
            handle.focus()
            moves = []
            for key in ("ArrowRight", "ArrowRight", "ArrowLeft"):   # three moves, median kept
                before = page.evaluate(SNAPSHOT, k)
                moved = time.perf_counter()
                handle.press(key)
                page.wait_for_function(
                    f"""([k, before]) => {{ const now = ({SNAPSHOT})(k);
                        return now.text !== before.text && now.image !== before.image; }}""",
                    arg=[k, before], timeout=15_000, polling=10)
                moves.append(time.perf_counter() - moved)
            latencies.append(round(sorted(moves)[1], 3))
        if notebook.startswith("notebooks/") and "explorer(" in (ROOT / notebook).read_text():
            assert latencies, f"{notebook} calls an explorer but none was displayed"
        lab["report"][notebook] = {"run_all_s": round(run_all, 2),
                                   "move_to_redraw_s": latencies}
        failed = False
    except Exception:
        _screenshot(page, notebook)
        raise
    finally:
        try:
            page.evaluate(f"async () => {{ const w = {CURRENT}; await w.sessionContext.shutdown(); "
                          f"w.dispose(); }}")
        except Exception:
            failed = True
        if failed:   # start the next notebook on a fresh page
            page.close()
            lab["page"] = None

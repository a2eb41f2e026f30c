"""Peak memory of one student's kernel per chapter: what a JupyterHub node must hold per user.

Runs each chapter notebook top to bottom in a fresh ipykernel (nbclient) and reads the kernel
process's peak resident memory (VmHWM) before shutting it down. ``make bench`` runs it; the
README's JupyterHub section quotes its figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def kernel_peak_mb(path: Path) -> tuple[float, float]:
    """(peak resident MB of the kernel, seconds) for running ``path`` top to bottom."""
    import time

    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(
        "import re as _re\n"
        "print('VmHWM', _re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"))
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    return int(text.split()[-1]) / 1024, seconds


def main() -> None:
    rows = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        peak, seconds = kernel_peak_mb(path)
        rows.append((path.name, peak, seconds))
        print(f"{path.name:40s} peak {peak:6.0f} MB   run {seconds:5.1f} s", flush=True)
    worst = max(r[1] for r in rows)
    print(f"largest chapter kernel: {worst:.0f} MB (goal <= 200 MB)")


if __name__ == "__main__":
    sys.exit(main())

"""Execute every notebook in this folder headless with nbclient; write executed copies; fail on any error.

usage: python run_notebooks.py [--out DIR] [NOTEBOOK ...]
The notebooks read $OGI_TABLES (set by run_notebooks.sh) and save charts under $OGI_NB_FIGURES.
Prints one line per notebook and, last, `notebooks: N passed, N failed[, N skipped]`; exits 1 if any failed.
"""
import argparse
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError

HERE = Path(__file__).resolve().parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colour codes in tracebacks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE.parent / "out" / "notebooks"))
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    ap.add_argument("--skip", action="append", default=[], help="notebook file name to leave out (counted skipped)")
    ap.add_argument("notebooks", nargs="*")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in args.notebooks] or sorted(HERE.glob("[0-9][0-9]_*.ipynb"))
    os.environ.setdefault("MPLBACKEND", "Agg")
    skipped = [p for p in paths if p.name in args.skip]
    paths = [p for p in paths if p.name not in args.skip]
    for p in skipped:
        print(f"SKIP {p.name}")
    passed, failed = 0, 0
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=args.timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(path.resolve().parent)}})
        start = time.monotonic()
        error = None
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError) as e:
            error = e
        except Exception as e:  # kernel died, could not start …
            error = e
        finally:
            nbformat.write(nb, out / path.name)  # the executed copy, with outputs, also when it failed
        took = time.monotonic() - start
        if error is None:
            passed += 1
            print(f"PASS {path.name} ({took:.1f} s)", flush=True)
        else:
            failed += 1
            message = ANSI.sub("", str(error))
            print(f"FAIL {path.name} ({took:.1f} s)\n{message}", flush=True)
    print(f"executed copies in {out}")
    tail = f", {len(skipped)} skipped" if skipped else ""
    print(f"notebooks: {passed} passed, {failed} failed{tail}")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main())

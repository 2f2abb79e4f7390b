#!/usr/bin/env bash
# Runs every notebook headless against the sample run's tables and fails on any error or failed assert.
#   notebooks/run_notebooks.sh            # tables at out/tables (built from samples/corpus when missing)
#   OGI_TABLES=/path/to/tables notebooks/run_notebooks.sh
# Installs notebooks/requirements.txt into notebooks/.venv-nb (falls back to pip --user if venv fails),
# writes executed copies to out/notebooks/ and charts to out/notebooks/figures/, and ends with
# `notebooks: N passed, N failed`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"

# Notebook 04 needs PySpark (about 450 MB, plus Java 17): OGI_NB_PYSPARK=0 leaves it out.
reqs="$here/requirements-pyspark.txt"
skip=()
if [[ "${OGI_NB_PYSPARK:-1}" == "0" ]]; then reqs="$here/requirements.txt"; skip=(--skip 04_pyspark.ipynb); fi

py="${PYTHON:-python3}"
venv="$here/.venv-nb"
if [[ -x "$venv/bin/python" ]] || "$py" -m venv "$venv" >/dev/null 2>&1; then
  py="$venv/bin/python"
  "$py" -m pip install -q --disable-pip-version-check -r "$reqs"
else
  echo "notebooks: venv unavailable, installing with pip --user" >&2
  "$py" -m pip install -q --user --disable-pip-version-check -r "$reqs"
fi

# Chinese labels need a CJK font; without one the notebooks label provinces in pinyin. In CI (as root, with
# apt) install a small one so the Chinese path is exercised too; failure here is not an error.
if ! fc-list :lang=zh 2>/dev/null | grep -q . && [[ "${CI:-}" == "true" && $(id -u) == 0 ]] \
   && command -v apt-get >/dev/null; then
  (apt-get update -q >/dev/null && apt-get install -y -q fonts-wqy-microhei >/dev/null) \
    || echo "notebooks: CJK font not installed, charts use pinyin" >&2
fi

export OGI_TABLES="${OGI_TABLES:-$repo/out/tables}"
if [[ ! -d "$OGI_TABLES/documents" ]]; then
  echo "notebooks: no tables at $OGI_TABLES, running the job on samples/corpus"
  bin/ogi run --input samples/corpus --output "$OGI_TABLES" | tail -n 1
fi
export OGI_TABLES="$(cd "$OGI_TABLES" && pwd)"
export OGI_NB_FIGURES="${OGI_NB_FIGURES:-$repo/out/notebooks/figures}"
export MPLBACKEND=Agg
"$py" "$here/run_notebooks.py" --out "$repo/out/notebooks" "${skip[@]}" "$@"

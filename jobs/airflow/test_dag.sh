#!/usr/bin/env bash
# Loads jobs/airflow/ogi_yearly.py with Airflow's DagBag and checks the DAG (jobs/airflow/check_dag.py):
# no import errors, the SparkSubmitOperator task, its application, args, conf and the spark-submit
# command it builds. Installs the pinned Airflow (requirements.txt, every package pinned by
# constraints-3.11.txt, from PyPI only) into a venv cached in ~/.cache/ogi-airflow (OGI_AIRFLOW_CACHE);
# the check itself is offline: a temporary AIRFLOW_HOME, no database, no scheduler.
# Last line: `airflow: ok`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${OGI_AIRFLOW_CACHE:-$HOME/.cache/ogi-airflow}"
key=$(cat "$here/requirements.txt" "$here/constraints-3.11.txt" | sha256sum | cut -c1-12)
venv="$cache/venv-$key"
if [[ ! -f "$venv/.installed" ]]; then
  echo "airflow: installing $(grep -v '^#' "$here/requirements.txt" | tr '\n' ' ')into $venv"
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check \
    -r "$here/requirements.txt" -c "$here/constraints-3.11.txt"
  touch "$venv/.installed"
fi
home="$(mktemp -d "${TMPDIR:-/tmp}/ogi-airflow-home.XXXXXX")"
trap 'rm -rf "$home"' EXIT
AIRFLOW_HOME="$home" AIRFLOW__CORE__LOAD_EXAMPLES=False AIRFLOW__CORE__DAGS_FOLDER="$here" \
  "$venv/bin/python" "$here/check_dag.py" 2>&1 | grep -v '\[info ' 
exit "${PIPESTATUS[0]}"

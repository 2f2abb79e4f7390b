#!/usr/bin/env bash
# Runs the job in Spark local mode through bin/ogi. Change the settings below, or pass them as
# environment variables: INPUT=... OUTPUT=... jobs/run-local.sh
set -euo pipefail
INPUT="${INPUT:-samples/corpus}"          # folder or Hadoop URI holding the reports
OUTPUT="${OUTPUT:-out/tables}"            # root of the Parquet tables
YEARS="${YEARS:-}"                        # e.g. 2024, 2019,2020 or latest; empty = all years
OGI_JAVA_OPTS="${OGI_JAVA_OPTS:--Xmx8g}"  # driver heap for local mode

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
args=(run --input "$INPUT" --output "$OUTPUT")
[[ -n "$YEARS" ]] && args+=(--years "$YEARS")
OGI_JAVA_OPTS="$OGI_JAVA_OPTS" exec "$here/bin/ogi" "${args[@]}"

#!/usr/bin/env bash
# Submits the job with spark-submit to any master. Spark and Hadoop come from the cluster; the two
# libraries the job adds (Jsoup, picocli) are shipped with --jars. Change the settings below, or pass
# them as environment variables. Extra arguments are passed to `run` (e.g. --years 2024).
#
#   MASTER=spark://host:7077 INPUT=hdfs:///ogi/reports OUTPUT=hdfs:///ogi/tables jobs/spark-submit.sh
#
# Not yet exercised against a real cluster in CI (see the cluster issue); local[*] works.
set -euo pipefail
MASTER="${MASTER:-local[*]}"                 # local[*], spark://host:7077, yarn, k8s://https://host:443
DEPLOY_MODE="${DEPLOY_MODE:-client}"         # client or cluster
INPUT="${INPUT:-samples/corpus}"
OUTPUT="${OUTPUT:-out/tables}"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-4g}"
DRIVER_MEMORY="${DRIVER_MEMORY:-4g}"
SPARK_SUBMIT="${SPARK_SUBMIT:-spark-submit}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/ogi-reports.jar"
[[ -f "$jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
extra=$(tr ':' '\n' < "$here/target/classpath.txt" | grep -E '/(jsoup|picocli)-[^/]*\.jar$' | paste -sd, -)
exec "$SPARK_SUBMIT" --master "$MASTER" --deploy-mode "$DEPLOY_MODE" \
  --class io.ogi.cli.OgiCli --name ogi-reports \
  --driver-memory "$DRIVER_MEMORY" --executor-memory "$EXECUTOR_MEMORY" \
  --jars "$extra" "$jar" run --input "$INPUT" --output "$OUTPUT" "$@"

#!/usr/bin/env bash
# Submits the job with spark-submit to any master, from target/ogi-reports-spark.jar: our classes
# plus Jsoup and picocli, with Spark, Hadoop, Scala and the rest provided by the cluster. Change the
# settings below, or pass them as environment variables. Extra arguments are passed to `run`
# (e.g. --years 2024 or --years latest).
#
#   MASTER=spark://host:7077 INPUT=hdfs:///ogi/reports OUTPUT=hdfs:///ogi/tables jobs/spark-submit.sh
#   MASTER=spark://host:7077 DEPLOY_MODE=cluster INPUT=... OUTPUT=... jobs/spark-submit.sh --years latest
#
# In cluster mode the driver runs on a worker: the jar, INPUT and OUTPUT must be reachable from
# there (a shared filesystem, HDFS, S3, or one machine), so give absolute paths or URIs. On a
# standalone master this script waits for the driver to finish (spark.standalone.submit.waitAppCompletion).
# Exercised against a standalone master with two workers, in both modes, by .ci/cluster-test.sh.
set -euo pipefail
MASTER="${MASTER:-local[*]}"                 # local[*], spark://host:7077, yarn, k8s://https://host:443
DEPLOY_MODE="${DEPLOY_MODE:-client}"         # client or cluster
INPUT="${INPUT:-samples/corpus}"
OUTPUT="${OUTPUT:-out/tables}"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-4g}"
DRIVER_MEMORY="${DRIVER_MEMORY:-4g}"
SPARK_SUBMIT="${SPARK_SUBMIT:-spark-submit}" # e.g. $SPARK_HOME/bin/spark-submit
SUBMIT_OPTS="${SUBMIT_OPTS:-}"               # more spark-submit options, e.g. "--total-executor-cores 8"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${JAR:-$here/target/ogi-reports-spark.jar}"
[[ -f "$jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
opts=(--master "$MASTER" --deploy-mode "$DEPLOY_MODE" --class io.ogi.cli.OgiCli --name ogi-reports
  --driver-memory "$DRIVER_MEMORY" --executor-memory "$EXECUTOR_MEMORY")
# The JIT's optimising compiler only for methods ten times hotter than its default (README,
# Performance): Spark's planning and generated code are warm, not hot.
jit="$(cat "$here/conf/jit.options")"
if [[ "$DEPLOY_MODE" == cluster ]]; then
  # spark-submit gives a client-mode driver Spark's --add-opens list itself, but a standalone
  # worker launches a cluster-mode driver without it (measured on 4.1.3): pass the same list.
  # A spark.driver.extraJavaOptions in SUBMIT_OPTS comes later and wins.
  add_opens=""
  for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action \
    sun.util.calendar; do
    add_opens+="--add-opens=java.base/$p=ALL-UNNAMED "
  done
  opts+=(--conf "spark.driver.extraJavaOptions=${add_opens}-Djdk.reflect.useDirectMethodHandle=false $jit")
  [[ "$MASTER" == spark://* ]] && opts+=(--conf spark.standalone.submit.waitAppCompletion=true)
else
  opts+=(--conf "spark.driver.extraJavaOptions=$jit")
fi
# Executors use the parallel collector (14 % less CPU than G1 in local mode: README, Performance),
# and like the driver, the optimising JIT only for hot methods (conf/jit.options); a
# spark.executor.extraJavaOptions or spark.driver.extraJavaOptions in SUBMIT_OPTS comes later and wins.
opts+=(--conf "spark.executor.extraJavaOptions=-XX:+UseParallelGC $jit")
# shellcheck disable=SC2206  # SUBMIT_OPTS is split on purpose
opts+=($SUBMIT_OPTS)
exec "$SPARK_SUBMIT" "${opts[@]}" "$jar" run --input "$INPUT" --output "$OUTPUT" "$@"

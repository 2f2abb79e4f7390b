#!/usr/bin/env bash
# A real Spark cluster on this machine: a standalone master and two workers (1 core, 1g each) on
# 127.0.0.1, run from the Spark home that the pyspark package of the jar's Spark version ships. The
# job's spark-submit jar (target/ogi-reports-spark.jar) is submitted in client and in cluster deploy
# mode on samples/corpus, and each run's tables must equal those of a local-mode run (bin/ogi) on the
# same input. Stops every process it started, by PID. Last line: `cluster: client=ok cluster=ok`.
#
#   .ci/cluster-test.sh                       # venv cached in ~/.cache/ogi-cluster (OGI_CLUSTER_CACHE)
#   OGI_CLUSTER_KEEP=1 .ci/cluster-test.sh    # keep the work folder (tables, logs) for a look
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
t_start=$SECONDS
step() { echo "cluster: [$((SECONDS - t_start))s] $*"; }
fail() { echo "cluster: FAILED: $*" >&2; exit 1; }

spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml | head -1)
[[ -n "$spark_version" ]] || fail "no <spark.version> in pom.xml"

# 1. A Spark home of the jar's version: pyspark from PyPI ships one (bin/spark-class, jars/), plus
#    duckdb for the comparison, in a venv cached across runs.
cache="${OGI_CLUSTER_CACHE:-$HOME/.cache/ogi-cluster}"
venv="$cache/venv-$spark_version"
py="$venv/bin/python"
if ! "$py" -c "import pyspark, duckdb, sys; sys.exit(pyspark.__version__ != '$spark_version')" 2>/dev/null; then
  step "installing pyspark==$spark_version and duckdb into $venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "pyspark==$spark_version" duckdb
fi
SPARK_HOME="$("$py" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
export SPARK_HOME
[[ -f "$SPARK_HOME/jars/spark-core_2.13-$spark_version.jar" ]] \
  || fail "$SPARK_HOME has no spark-core_2.13-$spark_version.jar"
step "SPARK_HOME=$SPARK_HOME (Spark $spark_version)"

# The jar keeps Jsoup, picocli and PDFBox under their own names because Spark ships none of them: if a
# Spark home ever does, two copies would meet on one classpath, and the shade plugin needs relocations.
for j in "$SPARK_HOME"/jars/*.jar; do
  if unzip -l "$j" 2>/dev/null | grep -qE ' (org/jsoup|picocli|org/apache/pdfbox|org/apache/fontbox)/'; then
    fail "$j ships Jsoup, picocli or PDFBox: relocate them in pom.xml (maven-shade-plugin)"
  fi
done

# 2. The jars: the spark-submit jar and, for the local-mode reference run, bin/ogi's thin jar.
jar="$repo/target/ogi-reports-spark.jar"
if [[ ! -f "$jar" || ! -f target/ogi-reports.jar || -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]]; then
  step "building the jars"
  mvn -B -q -DskipTests package
fi

# 3. Everything on loopback, in a scratch folder; every started process is stopped by PID on exit.
export SPARK_LOCAL_IP=127.0.0.1 SPARK_MASTER_HOST=127.0.0.1 SPARK_SCALA_VERSION=2.13
export SPARK_NO_DAEMONIZE=1 SPARK_PRINT_LAUNCH_COMMAND=1
work="$(mktemp -d "${TMPDIR:-/tmp}/ogi-cluster.XXXXXX")"
export SPARK_LOG_DIR="$work/logs" SPARK_PID_DIR="$work"
mkdir -p "$work/logs"
pids=()
stop_all() {
  local rc=$? p children=()
  for p in "${pids[@]}"; do  # executors and cluster-mode drivers are the workers' children
    children+=($(ps -o pid= --ppid "$p" 2>/dev/null || true))
  done
  for p in "${pids[@]}" "${children[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    local alive=0
    for p in "${pids[@]}" "${children[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.2
  done
  for p in "${pids[@]}" "${children[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  if [[ -n "${OGI_CLUSTER_KEEP:-}" || $rc -ne 0 ]]; then
    echo "cluster: work folder kept: $work" >&2
    if ((rc)); then tail -n 30 "$work"/logs/*.log "$work"/work*/driver-*/std* 2>/dev/null >&2 || true; fi
  else
    rm -rf "$work"
  fi
  exit $rc
}
trap stop_all EXIT
trap 'exit 130' INT TERM

free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
master_port=$(free_port)
master_ui=$(free_port)
master="spark://127.0.0.1:$master_port"
master_state() { curl -sf "http://127.0.0.1:$master_ui/json/" || true; }

step "starting master $master (UI port $master_ui)"
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" >"$work/logs/master.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 1g --webui-port "$(free_port)" --work-dir "$work/work$i" \
    "$master" >"$work/logs/worker$i.log" 2>&1 &
  pids+=($!)
done
step "started master and 2 workers: PIDs ${pids[*]}"
for _ in $(seq 1 120); do
  alive=$(master_state | "$py" -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null || echo 0)
  [[ "$alive" == 2 ]] && break
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || fail "process $p exited while starting"; done
  sleep 0.5
done
[[ "$alive" == 2 ]] || fail "master has $alive alive workers after 60s"
step "master has 2 workers (1 core, 1g each)"

# Nothing the cluster started may listen beyond loopback.
if command -v ss >/dev/null; then
  for p in "${pids[@]}"; do
    wide=$(ss -Hltnp 2>/dev/null | grep "pid=$p," | awk '{print $4}' | grep -vE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):' || true)
    [[ -z "$wide" ]] || fail "process $p listens beyond loopback: $wide"
  done
fi

input="$repo/samples/corpus"
last_line() { grep '^run: inputs=' "$1" | tail -n 1 | sed 's/ output=.*//'; }

# 4. The reference: a local-mode run with bin/ogi (thin jar, Maven's Spark).
t=$SECONDS
# Few shuffle partitions (the default 200 is 200 tiny tasks per stage on a 12-file corpus); the
# tables do not depend on it: the writer repartitions by year.
OGI_JAVA_OPTS="-Xmx2g -Dspark.sql.shuffle.partitions=4" \
  bin/ogi run --input "$input" --output "$work/local" >"$work/local.out" 2>"$work/logs/local.err" \
  || fail "local-mode run failed (see $work/logs/local.err)"
expected=$(last_line "$work/local.out")
[[ -n "$expected" ]] || fail "local-mode run printed no run: line"
step "local mode: $expected ($((SECONDS - t))s)"

submit() {  # submit MODE OUTPUT: runs jobs/spark-submit.sh against the cluster
  MASTER="$master" DEPLOY_MODE="$1" INPUT="$input" OUTPUT="$2" JAR="$jar" \
    SPARK_SUBMIT="$SPARK_HOME/bin/spark-submit" DRIVER_MEMORY=512m EXECUTOR_MEMORY=512m \
    SUBMIT_OPTS="--total-executor-cores 2 --executor-cores 1 --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4" \
    jobs/spark-submit.sh
}
compare() {  # compare NAME OUTPUT
  if "$py" .ci/compare_tables.py "$work/local" "$2" >"$work/compare-$1.txt"; then
    sed 's/^/  /' "$work/compare-$1.txt"
  else
    cat "$work/compare-$1.txt" >&2
    fail "$1 mode: tables differ from the local-mode run"
  fi
}
opens='--add-opens=java.base/sun.nio.ch=ALL-UNNAMED'

# 5. Client deploy mode: the driver is spark-submit's JVM, executors on the workers.
t=$SECONDS
submit client "$work/client" >"$work/client.out" 2>"$work/logs/client.err" \
  || fail "client-mode submit failed (see $work/logs/client.err)"
got=$(last_line "$work/client.out")
[[ "$got" == "$expected" ]] || fail "client mode: '$got', expected '$expected'"
grep -q -- "$opens" "$work/logs/client.err" || fail "client-mode driver started without $opens"
step "client mode: $got ($((SECONDS - t))s)"
compare client "$work/client"

# 6. Cluster deploy mode: the master launches the driver on a worker; spark-submit waits for it.
t=$SECONDS
submit cluster "$work/cluster" >"$work/cluster.out" 2>"$work/logs/cluster.err" \
  || fail "cluster-mode submit failed (see $work/logs/cluster.err)"
driver_dir=$(ls -d "$work"/work*/driver-* 2>/dev/null | head -n 1)
[[ -n "$driver_dir" ]] || fail "cluster mode: no driver folder under the workers' work dirs"
state=$(master_state | "$py" -c 'import json,sys; print(" ".join(d["state"] for d in json.load(sys.stdin)["completeddrivers"]))')
[[ "$state" == FINISHED ]] || fail "cluster mode: driver state '$state' (see $driver_dir)"
got=$(last_line "$driver_dir/stdout")
[[ "$got" == "$expected" ]] || fail "cluster mode: '$got', expected '$expected'"
grep -q -- "$opens" "$driver_dir/stderr" || fail "cluster-mode driver started without $opens"
step "cluster mode: driver $(basename "$driver_dir") FINISHED on $(basename "$(dirname "$driver_dir")"): $got ($((SECONDS - t))s)"
compare cluster "$work/cluster"

executor_err=$(ls "$work"/work*/app-*/*/stderr | head -n 1)
grep -q -- "$opens" "$executor_err" || fail "executor started without $opens ($executor_err)"
step "drivers and executors started with Spark's --add-opens; all done in $((SECONDS - t_start))s"
echo "cluster: client=ok cluster=ok"

#!/usr/bin/env bash
# A real Spark cluster on this machine: a standalone master and two workers (1 core, 1g each) on
# 127.0.0.1, run from the Spark home that the pyspark package of the jar's Spark version ships. The
# job's spark-submit jar (target/ogi-reports-spark.jar) is submitted in client and in cluster deploy
# mode on samples/corpus, and each run's tables must equal those of a local-mode run (bin/ogi) on the
# same input. Then two faults: an executor killed mid-job (the job completes with the same tables),
# and the client-mode driver killed mid-write (the previous tables stay; the rerun equals a clean
# run). Stops every process it started, by PID. Last line:
# `cluster: client=ok cluster=ok executor-kill=ok driver-kill=ok` (OGI_CLUSTER_FAULTS=0 skips the faults).
#
#   .ci/cluster-test.sh                       # venv cached in ~/.cache/ogi-cluster (OGI_CLUSTER_CACHE)
#   OGI_CLUSTER_KEEP=1 .ci/cluster-test.sh    # keep the work folder (tables, logs) for a look
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
t_start=$SECONDS
step() { echo "cluster: [$((SECONDS - t_start))s] $*"; }
fail() { echo "cluster: FAILED: $*" >&2; exit 1; }

source scripts/standalone.sh

# 1. A Spark home of the jar's version: pyspark from PyPI ships one (bin/spark-class, jars/), plus
#    duckdb for the comparison, in a venv cached across runs.
standalone_spark_home "${OGI_CLUSTER_CACHE:-$HOME/.cache/ogi-cluster}"
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

# 3. A master and two workers (1 core, 1g each) on loopback, in a scratch folder; every started
#    process is stopped by PID on exit.
work="$(mktemp -d "${TMPDIR:-/tmp}/ogi-cluster.XXXXXX")"
pids=()
stop_all() {
  local rc=$?
  standalone_stop
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
standalone_start "$work" 2 1 1g

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

result="client=ok cluster=ok"
if [[ "${OGI_CLUSTER_SUBMITS:-1}" == 0 ]]; then  # for working on the fault tests only
  result="client=skipped cluster=skipped"
else
# 5. Client deploy mode: the driver is spark-submit's JVM, executors on the workers.
t=$SECONDS
submit client "$work/client" >"$work/client.out" 2>"$work/logs/client.err" \
  || fail "client-mode submit failed (see $work/logs/client.err)"
got=$(last_line "$work/client.out")
[[ "$got" == "$expected" ]] || fail "client mode: '$got', expected '$expected'"
grep -q -- "$opens" "$work/logs/client.err" || fail "client-mode driver started without $opens"
step "client mode: $got ($((SECONDS - t))s)"
compare client "$work/client"
# The manifest's CPU by stage reaches the driver from the executors' JVMs: the parser threads through an
# accumulator, the task threads through Spark's task metrics.
cpu=$("$py" -c 'import json,sys; c=json.load(open(sys.argv[1]))["cpu_ms"]; print(c["parser_threads"], c["task_threads"]["parse"])' \
  "$work/client/_manifest.json") || fail "client mode: no cpu_ms in the manifest"
read -r parser_ms parse_tasks_ms <<<"$cpu"
((parser_ms > 0 && parse_tasks_ms > 0)) || fail "client mode: manifest cpu_ms without executor CPU ($cpu)"
step "client mode: manifest cpu_ms from the executors: parser threads ${parser_ms} ms, parse tasks ${parse_tasks_ms} ms"

# 6. Cluster deploy mode: the master launches the driver on a worker; spark-submit waits for it.
t=$SECONDS
submit cluster "$work/cluster" >"$work/cluster.out" 2>"$work/logs/cluster.err" \
  || fail "cluster-mode submit failed (see $work/logs/cluster.err)"
driver_dir=$(ls -d "$work"/work*/driver-* 2>/dev/null | head -n 1)
[[ -n "$driver_dir" ]] || fail "cluster mode: no driver folder under the workers' work dirs"
state=$(standalone_master_state | "$py" -c 'import json,sys; print(" ".join(d["state"] for d in json.load(sys.stdin)["completeddrivers"]))')
[[ "$state" == FINISHED ]] || fail "cluster mode: driver state '$state' (see $driver_dir)"
got=$(last_line "$driver_dir/stdout")
[[ "$got" == "$expected" ]] || fail "cluster mode: '$got', expected '$expected'"
grep -q -- "$opens" "$driver_dir/stderr" || fail "cluster-mode driver started without $opens"
step "cluster mode: driver $(basename "$driver_dir") FINISHED on $(basename "$(dirname "$driver_dir")"): $got ($((SECONDS - t))s)"
compare cluster "$work/cluster"

executor_err=$(ls "$work"/work*/app-*/*/stderr | head -n 1)
grep -q -- "$opens" "$executor_err" || fail "executor started without $opens ($executor_err)"
step "drivers and executors started with Spark's --add-opens"
fi

if [[ "${OGI_CLUSTER_FAULTS:-1}" == 0 ]]; then
  step "fault tests skipped (OGI_CLUSTER_FAULTS=0); all done in $((SECONDS - t_start))s"
  echo "cluster: $result"
  exit 0
fi

# 7. Faults (issue #8). An executor killed with SIGKILL while its tasks run: the job must complete
#    with the local run's tables. Each parse first sleeps (test hook spark.ogi.test.slowMillisPerDoc)
#    so that the parse stage lasts long enough to kill an executor in the middle of it.
executors() {  # PIDs of the executor JVMs the workers started
  local p
  for p in "${pids[@]}"; do ps -o pid=,args= --ppid "$p" 2>/dev/null || true; done \
    | awk '/CoarseGrainedExecutorBackend/ {print $1}'
}
wait_for() {  # wait_for SECONDS COMMAND...: until COMMAND succeeds
  local limit=$1; shift
  for _ in $(seq 1 $((limit * 5))); do "$@" && return 0; sleep 0.2; done
  return 1
}
t=$SECONDS
apps_before=$(ls -d "$work"/work*/app-* 2>/dev/null | sort || true)
MASTER="$master" DEPLOY_MODE=client INPUT="$input" OUTPUT="$work/exec-kill" JAR="$jar" \
  SPARK_SUBMIT="$SPARK_HOME/bin/spark-submit" DRIVER_MEMORY=512m EXECUTOR_MEMORY=512m \
  SUBMIT_OPTS="--total-executor-cores 2 --executor-cores 1 --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 --conf spark.ogi.test.slowMillisPerDoc=2500" \
  jobs/spark-submit.sh >"$work/exec-kill.out" 2>"$work/logs/exec-kill.err" &
submit_pid=$!
pids+=("$submit_pid")
running_task() {  # the log of an executor of the new application with a task running right now
  local app f started finished
  for app in $(comm -13 <(echo "$apps_before") <(ls -d "$work"/work*/app-* 2>/dev/null | sort)); do
    for f in "$app"/*/stderr; do
      [[ -f "$f" ]] || continue
      started=$(grep -c "Running task" "$f" || true)
      finished=$(grep -c "Finished task" "$f" || true)
      if ((started > finished)); then echo "$f"; fi
    done
  done | head -n 1
}
has_running_task() { [[ -n "$(running_task)" ]]; }
victim_log=""
for _ in 1 2 3; do  # a task may end between the two looks: look again
  wait_for 300 has_running_task || fail "executor kill: no executor started a task in 300s"
  victim_log=$(running_task)
  [[ -n "$victim_log" ]] && break
done
[[ -n "$victim_log" ]] || fail "executor kill: no task stayed running long enough to kill its executor"
victim_id=$(basename "$(dirname "$victim_log")")
victim_app=$(basename "$(dirname "$(dirname "$victim_log")")")
victim=""
for e in $(executors); do
  if ps -o args= -p "$e" | grep -qE -- "--executor-id $victim_id( |$).*--app-id $victim_app|--app-id $victim_app.*--executor-id $victim_id( |$)"; then
    victim=$e
  fi
done
[[ -n "$victim" ]] || fail "executor kill: no JVM for executor $victim_id of $victim_app"
kill -KILL "$victim"
step "killed executor $victim_id (PID $victim) with SIGKILL while it ran: $(grep -c 'Running task' "$victim_log") task(s) started, $(grep -c 'Finished task' "$victim_log") finished"
wait "$submit_pid" || fail "executor kill: the job failed (see $work/logs/exec-kill.err)"
got=$(last_line "$work/exec-kill.out")
[[ "$got" == "$expected" ]] || fail "executor kill: '$got', expected '$expected'"
grep -qE "Lost executor $victim_id|ExecutorLostFailure|executor $victim_id.*(exited|lost)" "$work/logs/exec-kill.err" \
  || fail "executor kill: the driver never noticed the lost executor (see $work/logs/exec-kill.err)"
step "executor kill: job completed: $got ($((SECONDS - t))s)"
compare executor-kill "$work/exec-kill"

# 8. The driver (client mode: the spark-submit JVM) killed with SIGKILL while it writes: the tables in
#    place stay the previous run's, readable and unchanged; the next run gives one clean run's tables.
#    The previous run is a local-mode run on half the corpus; test hook spark.ogi.test.haltAt stops the
#    driver still after staging two tables, and it is killed there.
t=$SECONDS
mkdir -p "$work/half"
for f in $(ls "$input" | grep -v '^_' | head -n 6); do cp "$input/$f" "$work/half/"; done
OGI_JAVA_OPTS="-Xmx2g -Dspark.sql.shuffle.partitions=4" \
  bin/ogi run --input "$work/half" --output "$work/driver-kill" >"$work/half.out" 2>"$work/logs/half.err" \
  || fail "local-mode run on half the corpus failed"
cp -r "$work/driver-kill" "$work/driver-kill-before"
MASTER="$master" DEPLOY_MODE=client INPUT="$input" OUTPUT="$work/driver-kill" JAR="$jar" \
  SPARK_SUBMIT="$SPARK_HOME/bin/spark-submit" DRIVER_MEMORY=512m EXECUTOR_MEMORY=512m \
  SUBMIT_OPTS="--total-executor-cores 2 --executor-cores 1 --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 --conf spark.ogi.test.haltAt=staged:applications" \
  jobs/spark-submit.sh >"$work/driver-kill.out" 2>"$work/logs/driver-kill.err" &
driver=$!
pids+=("$driver")
wait_for 400 grep -q "halted at staged:applications" "$work/driver-kill.out" \
  || fail "driver kill: the driver never reached the write stage (see $work/logs/driver-kill.err)"
ps -o args= -p "$driver" | grep -q "org.apache.spark.deploy.SparkSubmit" || fail "driver kill: PID $driver is not the driver JVM"
[[ -d "$work/driver-kill/_staging" ]] || fail "driver kill: no staging folder while writing"
kill -KILL "$driver"
wait "$driver" 2>/dev/null || true
step "killed the driver (PID $driver) with SIGKILL after it staged documents and applications"
if "$py" .ci/compare_tables.py "$work/driver-kill-before" "$work/driver-kill" >"$work/compare-driver-kill-before.txt"; then
  sed 's/^/  /' "$work/compare-driver-kill-before.txt"
else
  cat "$work/compare-driver-kill-before.txt" >&2
  fail "driver kill: the tables in place changed"
fi
cmp -s "$work/driver-kill-before/_manifest.json" "$work/driver-kill/_manifest.json" \
  || fail "driver kill: _manifest.json changed"
step "driver kill: the previous run's tables and manifest are unchanged"
MASTER="$master" DEPLOY_MODE=client INPUT="$input" OUTPUT="$work/driver-kill" JAR="$jar" \
  SPARK_SUBMIT="$SPARK_HOME/bin/spark-submit" DRIVER_MEMORY=512m EXECUTOR_MEMORY=512m \
  SUBMIT_OPTS="--total-executor-cores 2 --executor-cores 1 --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4" \
  jobs/spark-submit.sh >"$work/driver-rerun.out" 2>"$work/logs/driver-rerun.err" \
  || fail "driver kill: the rerun failed (see $work/logs/driver-rerun.err)"
grep -q "recovery: removed _staging/" "$work/driver-rerun.out" || fail "driver kill: the rerun did not clean the dead run's staging"
got=$(last_line "$work/driver-rerun.out")
[[ "$got" == "$expected" ]] || fail "driver kill rerun: '$got', expected '$expected'"
[[ ! -e "$work/driver-kill/_staging" ]] || fail "driver kill: staging left after the rerun"
step "driver kill: rerun: $got ($((SECONDS - t))s)"
compare driver-kill "$work/driver-kill"
step "all done in $((SECONDS - t_start))s"
echo "cluster: $result executor-kill=ok driver-kill=ok"

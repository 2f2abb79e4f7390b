# A Spark standalone cluster on this machine, on 127.0.0.1: sourced (not run) by .ci/cluster-test.sh
# and bench/run.sh --where cluster, from the repository's root.
#
#   source scripts/standalone.sh
#   standalone_spark_home CACHE          # SPARK_HOME of the pom's Spark version (pyspark from PyPI, in a
#                                        # venv cached under CACHE, with duckdb); sets py, spark_version
#   standalone_start WORK N CORES MEMORY # a master and N workers of CORES cores and MEMORY each; sets
#                                        # master (spark://127.0.0.1:port), master_ui; PIDs appended to pids
#   standalone_stop                      # stops every process in pids and their children (executors,
#                                        # cluster-mode drivers): TERM, then KILL after 10 s
#
# The caller defines fail MESSAGE (exits) and step MESSAGE (prints), and declares pids=() before.

standalone_spark_home() {
  local cache="$1"
  spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml | head -1)
  [[ -n "$spark_version" ]] || fail "no <spark.version> in pom.xml"
  local venv="$cache/venv-$spark_version"
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
  # Everything on loopback, in the foreground of the processes started below (their PIDs are ours).
  export SPARK_LOCAL_IP=127.0.0.1 SPARK_MASTER_HOST=127.0.0.1 SPARK_SCALA_VERSION=2.13
  export SPARK_NO_DAEMONIZE=1 SPARK_PRINT_LAUNCH_COMMAND=1
}

standalone_free_port() {
  "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

standalone_master_state() { curl -sf "http://127.0.0.1:$master_ui/json/" || true; }

standalone_start() {
  local work="$1" workers="$2" cores="$3" memory="$4" i alive=0 p
  mkdir -p "$work/logs"
  export SPARK_LOG_DIR="$work/logs" SPARK_PID_DIR="$work"
  local master_port
  master_port=$(standalone_free_port)
  master_ui=$(standalone_free_port)
  master="spark://127.0.0.1:$master_port"
  step "starting master $master (UI port $master_ui)"
  "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" >"$work/logs/master.log" 2>&1 &
  pids+=($!)
  for ((i = 1; i <= workers; i++)); do
    "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port "$(standalone_free_port)" \
      --work-dir "$work/work$i" "$master" >"$work/logs/worker$i.log" 2>&1 &
    pids+=($!)
  done
  step "started master and $workers worker(s): PIDs ${pids[*]}"
  for _ in $(seq 1 120); do
    alive=$(standalone_master_state | "$py" -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null || echo 0)
    [[ "$alive" == "$workers" ]] && break
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || fail "process $p exited while starting"; done
    sleep 0.5
  done
  [[ "$alive" == "$workers" ]] || fail "master has $alive alive workers after 60s"
  step "master has $workers worker(s) ($cores core(s), $memory each)"
  # Nothing the cluster started may listen beyond loopback.
  if command -v ss >/dev/null; then
    local wide
    for p in "${pids[@]}"; do
      wide=$(ss -Hltnp 2>/dev/null | grep "pid=$p," | awk '{print $4}' | grep -vE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):' || true)
      [[ -z "$wide" ]] || fail "process $p listens beyond loopback: $wide"
    done
  fi
}

standalone_stop() {
  local p children=()
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
}

#!/usr/bin/env bash
# The benchmark of issue #5, in one run on the same generated corpora; prints a Markdown table.
#
#   bench/run.sh [--scale S] [--work DIR] [--parser-seconds N] [--parser-forks K] [--sample N] [--heap 4g]
#                [--only-small] [--forms folder,packed] [--where local,cluster] [--executor-memory 3g]
#                [--executor-gc-every S]
#
#   --scale S           corpus sizes are 100,000×S and 1,000,000×S documents (default 1; 0.01 for a quick run)
#   --work DIR          corpora, tables and logs (default out/bench); a corpus already generated there is reused
#   --parser-seconds N  time budget of each one-core parser measurement (default 90)
#   --parser-forks K    the parser measurement runs in K JVMs one after the other (default 3); each kind is
#                       reported from the JVM with the median ratio, the others' ratios beside it (the JIT
#                       compiles Jsoup one of two ways from one JVM to the next, a few hundredths of ratio)
#   --sample N          documents per kind in the parser measurement (default 1500)
#   --heap H            -Xmx of the job's JVM (default 4g, as bin/ogi)
#   --only-small        skip the 1,000,000×S run (efficiency and scaling from the small run only)
#   --forms F           input forms the job runs on (default folder,packed): the corpus folder as
#                       generated, and its packed Parquet (`ogi pack --files 16`, made once, reused)
#   --where W           where the job runs (default local): local (io.ogi.bench.JobBench, local[*] in its own
#                       JVM), cluster (jobs/spark-submit.sh in client mode against a standalone master and one
#                       worker with every core on 127.0.0.1, scripts/standalone.sh; bench/cluster_job.py
#                       measures the driver's and the executor's JVMs apart), or both
#   --executor-memory M the cluster's executor memory (default 3g; its driver: 1g)
#   --executor-gc-every S  on the cluster, a full collection of the executor every S seconds, so that its peak
#                       heap is what it holds, not its garbage (default 0: none; they cost it some CPU)
#
# 1. Parser alone on one core (io.ogi.bench.ParserBench): HTML, text and the corpus mix, each beside
#    read+decode and read+decode+Jsoup.parse on the same documents, in interleaved rounds; and over
#    every document of the small corpus once (io.ogi.bench.SinglePassBench), as the job meets them.
# 2. The full job (io.ogi.bench.JobBench, local[*] in its own JVM with bin/ogi's collector and JIT settings,
#    conf/jit.options; or on the standalone cluster through jobs/spark-submit.sh) at both
#    sizes and on each input form: wall time, documents/s, heap (what exactly is measured is said in
#    JobBench's javadoc, bench/cluster_job.py and the table's notes). The time `ogi pack` took is
#    reported beside the packed runs.
# 3. Efficiency = job documents/s ÷ (cores × parser one-core documents/s on the corpus mix);
#    time(large)/time(small); driver heap at both sizes; from each run's manifest (cpu_ms), its CPU by
#    parser threads, parse-stage tasks, tasks after the parse and the rest of the JVM.
# 4. Accuracy: `ogi compare-truth` of the job's tables against the generator's truth, when the
#    generator has that command; the generator's gold through `ogi evaluate` on a sample otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

scale=1
work=out/bench
parser_seconds=90
parser_forks=3
sample=1500
heap=4g
only_small=0
forms=folder,packed
where=local
executor_memory=3g
executor_gc_every=0
while (($#)); do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --parser-seconds) parser_seconds="$2"; shift 2 ;;
    --parser-forks) parser_forks="$2"; shift 2 ;;
    --sample) sample="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --only-small) only_small=1; shift ;;
    --forms) forms="$2"; shift 2 ;;
    --where) where="$2"; shift 2 ;;
    --executor-memory) executor_memory="$2"; shift 2 ;;
    --executor-gc-every) executor_gc_every="$2"; shift 2 ;;
    -h|--help) sed -n '2,38p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
small=$(python3 -c "print(max(100, round(100000*$scale)))")
large=$(python3 -c "print(max(1000, round(1000000*$scale)))")
mkdir -p "$work/logs"
work="$(cd "$work" && pwd)"
log() { echo "bench: $*" >&2; }

log "building (jar, test classes, test classpath)"
mvn -B -q -DskipTests package >&2
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/ogi-reports.jar:$(cat target/bench-classpath.txt)"
java_opts=(
  -Xmx"$heap"
  -XX:+UseParallelGC  # as bin/ogi runs the job (which also has conf/jit.options: JobBench below)
  -Dlog4j2.configurationFile="$here/conf/log4j2.properties"
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
bench_java() { java "${java_opts[@]}" -cp "$cp" "$@"; }

if bin/ogi generate --help >/dev/null 2>&1; then generator=ogi; else generator=samples; fi
has_truth=0
if bin/ogi compare-truth --help >/dev/null 2>&1; then has_truth=1; fi

corpus() { # N → folder (generated once, reused by later runs)
  local n="$1" dir="$work/corpus-$1"
  if [[ ! -f "$dir/_complete" ]]; then
    rm -rf "$dir"
    log "generating $n documents into $dir ($generator)"
    if [[ $generator == ogi ]]; then
      bin/ogi generate --out "$dir" --count "$n" --seed 5 > "$work/logs/generate-$n.log"
    else
      bench_java io.ogi.bench.CorpusMaker --templates samples/corpus --out "$dir" --count "$n" > "$work/logs/generate-$n.log"
    fi
    touch "$dir/_complete"
  fi
  echo "$dir"
}

small_dir=$(corpus "$small")
sizes=("$small")
if ((!only_small)); then
  large_dir=$(corpus "$large")
  sizes+=("$large")
fi

: > "$work/parser.tsv"
: > "$work/logs/parser.log"
for ((fork = 1; fork <= parser_forks; fork++)); do
  log "parser alone on one core ($sample documents per kind, ${parser_seconds}s, JVM $fork of $parser_forks)"
  # its per-round lines (stderr) go to the log only
  bench_java io.ogi.bench.ParserBench --corpus "$small_dir" --sample "$sample" --seconds "$parser_seconds" \
    2>> "$work/logs/parser.log" | tee -a "$work/logs/parser.log" | grep '^bench-parser' \
    | sed "s/\$/ fork=$fork/" >> "$work/parser.tsv"
done
log "parser alone on one core, every document of the $small corpus once"
bench_java io.ogi.bench.SinglePassBench --corpus "$small_dir" \
  | tee "$work/logs/single-pass.log" | grep '^bench-single-pass' > "$work/single-pass.tsv"

: > "$work/job.tsv"
: > "$work/accuracy.tsv"
: > "$work/pack.tsv"
packed() { # N → packed Parquet of corpus N (made once, reused); its time to pack.tsv
  local n="$1" dir="$work/packed-$1"
  if [[ ! -f "$work/packed-$n.complete" ]]; then
    rm -rf "$dir"
    log "packing the $n documents into $dir"
    local t0=$SECONDS
    bin/ogi pack --input "$work/corpus-$n" --output "$dir" --files 16 > "$work/logs/pack-$n.log" 2>&1
    echo "n=$n pack_s=$((SECONDS - t0)) bytes=$(du -sb "$dir" | cut -f1)" > "$work/packed-$n.complete"
  fi
  cat "$work/packed-$n.complete" >> "$work/pack.tsv"
  echo "$dir"
}
if [[ ",$where," == *,cluster,* ]]; then
  # One worker with every core and the executor's memory, plus the driver's 1g beside it.
  step() { log "$*"; }
  fail() { echo "bench: FAILED: $*" >&2; exit 1; }
  source scripts/standalone.sh
  standalone_spark_home "${OGI_CLUSTER_CACHE:-$HOME/.cache/ogi-cluster}"
  pids=()
  trap standalone_stop EXIT
  standalone_start "$work/cluster" 1 "$(nproc)" "$executor_memory"
  workers=$(IFS=,; echo "${pids[*]:1}")
fi
for n in "${sizes[@]}"; do
  for form in ${forms//,/ }; do
    case "$form" in
      folder) input="$work/corpus-$n" ;;
      packed) input=$(packed "$n") ;;
      *) echo "bench: unknown input form $form" >&2; exit 2 ;;
    esac
    for at in ${where//,/ }; do
      name="$n-$form"; [[ "$at" == local ]] || name+="-$at"
      out="$work/tables-$name"
      rm -rf "$out"
      log "full job on $n documents ($form, $at)"
      case "$at" in
        local) java "${java_opts[@]}" $(cat conf/jit.options) -cp "$cp" io.ogi.bench.JobBench --input "$input" --output "$out" > "$work/logs/job-$name.log" 2>&1 ;;
        cluster) python3 bench/cluster_job.py --master "$master" --workers "$workers" --input "$input" --output "$out" \
                   --logs "$work/logs/cluster-$name" --cores "$(nproc)" --executor-memory "$executor_memory" --executor-gc-every "$executor_gc_every" \
                   > "$work/logs/job-$name.log" 2>&1 ;;
        *) echo "bench: unknown --where $at" >&2; exit 2 ;;
      esac
      echo "n=$n form=$form where=$at $(grep '^bench-job' "$work/logs/job-$name.log")" >> "$work/job.tsv"
      if ((has_truth)); then
        line=$(bin/ogi compare-truth --truth "$work/corpus-$n/_truth" --tables "$out" 2> "$work/logs/truth-$name.err" \
          | tee "$work/logs/truth-$name.log" | tail -n 1 || true)
        echo "n=$n form=$form where=$at $line" >> "$work/accuracy.tsv"
      fi
    done
  done
done

python3 bench/report.py --work "$work" --generator "$generator" --scale "$scale" | tee "$work/results.md"

#!/usr/bin/env python3
"""One run of the job on a standalone cluster, through the production launcher, measured from outside.

    python3 bench/cluster_job.py --master spark://127.0.0.1:PORT --workers PID,PID --input DIR --output DIR
        --logs DIR [--cores 2] [--driver-memory 1g] [--executor-memory 3g]

Submits `jobs/spark-submit.sh` in client mode (the driver is this process's child, a JVM of its own; one
executor of --cores cores on the workers), with GC logging in both JVMs. While it runs, the driver's and
the executors' CPU time (utime + stime of /proc/PID/stat, polled every 0.2 s; executors are the workers'
children running CoarseGrainedExecutorBackend) are recorded, and every --driver-gc-every seconds the
driver's heap is collected in full (`jcmd PID GC.run`), the executors' too with --executor-gc-every. Afterwards prints one line:

    bench-job docs=… wall_s=… submit_wall_s=… docs_per_s=… cpu_s=… driver_cpu_s=… executor_cpu_s=…
      docs_per_cpu_s=… cores=… executors=… driver_peak_live_mb=… driver_live_mb_end=…
      executor_peak_live_mb=… driver_committed_mb=… executor_committed_mb=… driver_gc_every_s=…
      executor_gc_every_s=… reconciled=…

wall_s is the job's own time (its manifest's timings_ms.total: from listing to commit, as JobBench times
a local run); submit_wall_s adds the JVMs' and Spark's start and stop. From each JVM's GC log
(`-Xlog:gc`): driver_peak_live_mb is the largest heap in use after those full collections (what the
driver holds: its share, sampled), driver_live_mb_end the last of them; executor_peak_live_mb the
largest heap in use right after any young or full collection (garbage in the old generation included:
an upper bound of what the executor holds), or, with --executor-gc-every, after the full collections
made every so many seconds (what it holds, sampled); *_committed_mb the largest heap each JVM had reserved. Then
the job's own last line (`run: inputs=…`). Exit status: the submit's, or 1 when the run's counts do not
reconcile.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
# "[12.345s][info][gc] GC(7) Pause Young (Allocation Failure) 1024M->300M(3641M) 12.345ms": collections
# only (G1's Remark and Cleanup pauses print the heap too, but free nothing that young collections do not)
GC_LINE = re.compile(r"\bGC\(\d+\) Pause (Young|Full) .*? (\d+)M->(\d+)M\((\d+)M\)")


def cpu_seconds(pid):
    """utime + stime of a process, in seconds; None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, IndexError, ValueError):
        return None


def executor_pids(workers):
    out = []
    for w in workers:
        try:
            children = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(w)], capture_output=True,
                                      text=True, check=False).stdout
        except OSError:
            continue
        for line in children.splitlines():
            pid, _, args = line.strip().partition(" ")
            if "CoarseGrainedExecutorBackend" in args:
                out.append(int(pid))
    return out


def gc_figures(paths, full_only=False):
    """(peak after-GC heap, last after-GC heap, largest committed heap) in MB over the GC logs given;
    with full_only, after full collections only (what is live then)."""
    peak = last = cap = 0
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = GC_LINE.search(line)
                if m:
                    after, size = int(m.group(3)), int(m.group(4))
                    cap = max(cap, size)
                    if m.group(1) == "Full" or not full_only:
                        peak, last = max(peak, after), after
    return peak, last, cap


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--master", required=True)
    ap.add_argument("--workers", required=True, help="comma-separated PIDs of the worker processes")
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--logs", required=True)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--driver-memory", default="1g")
    ap.add_argument("--executor-memory", default="3g")
    ap.add_argument("--driver-gc-every", type=float, default=10,
                    help="seconds between full collections of the driver (jcmd GC.run), 0 for none")
    ap.add_argument("--executor-gc-every", type=float, default=0,
                    help="seconds between full collections of the executors (jcmd GC.run), 0 for none (the "
                         "default: they cost the executor CPU; with them its peak is what it holds, not its garbage)")
    ap.add_argument("--spark-submit", default=os.path.join(os.environ.get("SPARK_HOME", ""), "bin", "spark-submit"))
    a = ap.parse_args()
    workers = [int(p) for p in a.workers.split(",") if p]
    os.makedirs(a.logs, exist_ok=True)
    for old in glob.glob(os.path.join(a.logs, "gc-*.log*")):
        os.remove(old)
    driver_gc = os.path.join(a.logs, "gc-driver.log")
    env = dict(os.environ)
    env.update(
        MASTER=a.master, DEPLOY_MODE="client", INPUT=a.input, OUTPUT=a.output,
        DRIVER_MEMORY=a.driver_memory, EXECUTOR_MEMORY=a.executor_memory, SPARK_SUBMIT=a.spark_submit,
        # the driver is spark-submit's JVM (client mode): its options come from SPARK_SUBMIT_OPTS
        SPARK_SUBMIT_OPTS=(env.get("SPARK_SUBMIT_OPTS", "") + f" -Xlog:gc:file={driver_gc}").strip(),
        SUBMIT_OPTS=" ".join([
            f"--total-executor-cores {a.cores}", f"--executor-cores {a.cores}",
            "--conf spark.ui.enabled=false",
            # prepended by Spark to spark.executor.extraJavaOptions (the launcher's -XX:+UseParallelGC)
            f"--conf spark.executor.defaultJavaOptions=-Xlog:gc:file={os.path.join(a.logs, 'gc-executor-%p.log')}",
        ]),
    )
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_path = os.path.join(a.logs, "submit.out")
    t0 = time.monotonic()
    with open(out_path, "w", encoding="utf-8") as out, open(os.path.join(a.logs, "submit.err"), "w") as err:
        proc = subprocess.Popen([os.path.join(here, "jobs", "spark-submit.sh")], env=env, stdout=out, stderr=err)
        # spark-submit.sh execs spark-submit, which execs the driver's JVM: same PID throughout
        last = {}
        next_gc = time.monotonic() + a.driver_gc_every
        next_executor_gc = time.monotonic() + a.executor_gc_every
        while proc.poll() is None:
            executors_now = executor_pids(workers)
            for pid in [proc.pid] + executors_now:
                c = cpu_seconds(pid)
                if c is not None:
                    last[pid] = c
            # what a JVM holds, not its garbage: a full collection now and then, each in its GC log
            if a.driver_gc_every > 0 and time.monotonic() >= next_gc:
                subprocess.run(["jcmd", str(proc.pid), "GC.run"], capture_output=True, check=False)
                next_gc = time.monotonic() + a.driver_gc_every
            if a.executor_gc_every > 0 and time.monotonic() >= next_executor_gc:
                for pid in executors_now:
                    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=False)
                next_executor_gc = time.monotonic() + a.executor_gc_every
            time.sleep(0.2)
    submit_wall = time.monotonic() - t0
    with open(out_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    run_line = next((l for l in reversed(lines) if l.startswith("run: inputs=")), None)
    if proc.returncode != 0 or run_line is None:
        print(f"cluster_job: submit failed (exit {proc.returncode}); see {a.logs}", file=sys.stderr)
        return proc.returncode or 1
    counts = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", run_line)}
    docs = counts["inputs"]
    reconciled = docs == sum(counts.get(k, 0) for k in ("parsed", "partial", "rejected", "duplicate"))
    with open(os.path.join(a.output, "_manifest.json"), encoding="utf-8") as f:
        wall = json.load(f)["timings_ms"]["total"] / 1000
    driver_cpu = last.get(proc.pid, 0.0)
    executor_cpu = sum(v for pid, v in last.items() if pid != proc.pid)
    executors = len(last) - (1 if proc.pid in last else 0)
    cpu = driver_cpu + executor_cpu
    driver_logs = [driver_gc] if os.path.exists(driver_gc) else []
    d_peak, d_end, d_cap = gc_figures(driver_logs, full_only=a.driver_gc_every > 0)
    e_peak, _, e_cap = gc_figures(sorted(glob.glob(os.path.join(a.logs, "gc-executor-*.log*"))),
                                  full_only=a.executor_gc_every > 0)
    print(f"bench-job docs={docs} wall_s={wall:.1f} submit_wall_s={submit_wall:.1f} docs_per_s={docs / wall:.1f} "
          f"cpu_s={cpu:.1f} driver_cpu_s={driver_cpu:.1f} executor_cpu_s={executor_cpu:.1f} "
          f"docs_per_cpu_s={docs / cpu:.1f} cores={a.cores} executors={executors} "
          f"driver_peak_live_mb={d_peak} driver_live_mb_end={d_end} executor_peak_live_mb={e_peak} "
          f"driver_committed_mb={d_cap} executor_committed_mb={e_cap} driver_gc_every_s={a.driver_gc_every:g} "
          f"executor_gc_every_s={a.executor_gc_every:g} "
          f"reconciled={str(reconciled).lower()}")
    print(run_line)
    return 0 if reconciled else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Summarise the CPU samples of a JFR recording: where a method's time goes.

    python3 bench/jfr_profile.py REC.jfr [--within METHOD] [--children METHOD] [--thread NAME] [--top N]

Reads `jdk.ExecutionSample` events through the JDK's `jfr` tool and prints, over the samples whose stack holds
--within (default: io.ogi.parse.ReportParser.parse, the parser) and whose thread name holds --thread (if given):
  * self time by method (the frame on top of the stack);
  * inclusive time of the project's methods (io.ogi.*) and Jsoup's;
  * the direct callees of --children (default: io.ogi.parse.ReportParser.parseInto), by calling line.
Shares are of the selected samples. Method-level inclusive shares are the ones to trust: inside heavily
inlined code the JIT's line and top-frame attribution can point at a neighbour (seen in session 7).
"""
import argparse
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:\s*(\d+)")
THREAD = re.compile(r'sampledThread = "([^"]*)"')


def samples(path):
    out = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
        capture_output=True, text=True, check=True).stdout
    for event in out.split("jdk.ExecutionSample")[1:]:
        thread = THREAD.search(event)
        frames = [(m.group(1), m.group(2)) for m in map(FRAME.match, event.splitlines()) if m]
        yield (thread.group(1) if thread else "?"), frames


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("recording")
    ap.add_argument("--within", default="io.ogi.parse.ReportParser.parse")
    ap.add_argument("--children", default="io.ogi.parse.ReportParser.parseInto")
    ap.add_argument("--thread", default=None)
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args()

    total = 0
    chosen = []
    for thread, frames in samples(a.recording):
        total += 1
        if a.thread and a.thread not in thread:
            continue
        if any(name == a.within for name, _ in frames):
            chosen.append(frames)
    n = len(chosen)
    print(f"{n} of {total} samples hold {a.within}" + (f" on threads named *{a.thread}*" if a.thread else ""))
    if n == 0:
        return 1
    self_time = collections.Counter(frames[0][0] for frames in chosen if frames)
    inclusive = collections.Counter()
    callees = collections.Counter()
    for frames in chosen:
        for name in {name for name, _ in frames}:
            inclusive[name] += 1
        # the outermost frame of --children, and what it called
        for i in range(len(frames) - 1, -1, -1):
            if frames[i][0] == a.children:
                callees[(frames[i][1], frames[i - 1][0] if i > 0 else "(self)")] += 1
                break

    print(f"\n--- self time, top {a.top}")
    for name, c in self_time.most_common(a.top):
        print(f"{100 * c / n:5.1f} %  {name}")
    print(f"\n--- inclusive, io.ogi and Jsoup, top {a.top}")
    shown = 0
    for name, c in inclusive.most_common():
        if name.startswith("io.ogi") or name.startswith("org.jsoup"):
            print(f"{100 * c / n:5.1f} %  {name}")
            shown += 1
            if shown == a.top:
                break
    print(f"\n--- callees of {a.children} (line: callee)")
    for (line, callee), c in callees.most_common(a.top):
        print(f"{100 * c / n:5.1f} %  {line:>5}: {callee}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

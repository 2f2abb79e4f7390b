#!/usr/bin/env bash
# Where the parser's time goes: ParserBench on one kind of document under Java Flight Recorder, then
# bench/jfr_profile.py on the recording (self time, inclusive time of io.ogi and Jsoup methods, and what
# ReportParser.parseInto spends its time in).
#
#   bench/profile.sh [--kind html|text|mix] [--seconds N] [--corpus DIR] [--out FILE.jfr]
#
#   --kind K      the documents profiled (default html)
#   --seconds N   ParserBench's budget (default 60); the recording covers its warm-up too
#   --corpus DIR  a corpus made by `ogi generate` (default out/bench/corpus-100000, as bench/run.sh makes it)
#   --out FILE    where the recording goes (default out/bench/profile-KIND.jfr); reread it with
#                 `python3 bench/jfr_profile.py FILE --within … --children …` for other views
#
# CPU samples every 2 ms of the bench's thread; the profile holds the samples inside ReportParser.parse only,
# so the floors ParserBench measures beside the parser (read+decode, Jsoup.parse) do not blur it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

kind=html
seconds=60
corpus=out/bench/corpus-100000
out=""
while (($#)); do
  case "$1" in
    --kind) kind="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "profile: unknown option $1" >&2; exit 2 ;;
  esac
done
out="${out:-out/bench/profile-$kind.jfr}"
if [[ ! -d "$corpus" ]]; then
  echo "profile: no corpus at $corpus (bench/run.sh makes one, or: bin/ogi generate --out DIR --count N)" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
echo "profile: building (jar, test classes, test classpath)" >&2
mvn -B -q -DskipTests package >&2
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/ogi-reports.jar:$(cat target/bench-classpath.txt)"
echo "profile: ParserBench --kinds $kind for ${seconds}s under JFR → $out" >&2
java -Xmx4g -XX:+UseParallelGC \
  "-XX:StartFlightRecording=filename=$out,settings=profile,jdk.ExecutionSample#period=2ms" \
  -cp "$cp" io.ogi.bench.ParserBench --corpus "$corpus" --sample 1500 --seconds "$seconds" --kinds "$kind" \
  2>/dev/null | grep '^bench-parser' >&2
python3 bench/jfr_profile.py "$out"

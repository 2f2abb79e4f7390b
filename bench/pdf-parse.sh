#!/usr/bin/env bash
# PDF parse time against text and HTML parsed in the same run (ms per document and ratios).
# Usage: bench/pdf-parse.sh [rounds]   (default 5; builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.ogi.bench.PdfParseBench "$@"

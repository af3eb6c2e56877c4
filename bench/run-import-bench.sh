#!/usr/bin/env bash
# Times the import of the seed minutes and of the minutes corpus once warm (target: at most 50 ms), reports
# precision/recall/F1 per corpus document, and writes
# bench/reports/import-seed-<date>.md. Run from anywhere: bench/run-import-bench.sh
# Not part of ./mvnw verify: the benchmark is a plain main, ImportSeedBenchmark, on the test classpath.
# MAVEN_OFFLINE=1 runs Maven offline (-o), for a machine without the network; online by default.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn=(./mvnw -q)
if [ "${MAVEN_OFFLINE:-0}" = 1 ]; then
  mvn+=(-o)
fi

class=target/test-classes/org/passerelle/minutesimport/ImportSeedBenchmark.class
if [ ! -f "$class" ] || [ -n "$(find src pom.xml -newer "$class" -type f -print -quit)" ]; then
  echo "Compiling (${mvn[*]} -DskipTests test-compile)…"
  "${mvn[@]}" -DskipTests test-compile
fi

classpath_file=target/bench-classpath.txt
if [ ! -f "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ]; then
  "${mvn[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
fi

# IMPORT_BENCH_REPORT names another report file (so as not to overwrite the day's report of another branch).
report="${IMPORT_BENCH_REPORT:-bench/reports/import-seed-$(date +%F).md}"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)
java_version=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')

java -Xms512m -Xmx512m -Dlogback.configurationFile=bench/logback-bench.xml \
  -cp "target/classes:target/test-classes:$(cat "$classpath_file")" \
  org.passerelle.minutesimport.ImportSeedBenchmark \
  --report "$report" --nproc "$(nproc)" --cpu "${cpu:-unknown}" --java-version "$java_version"

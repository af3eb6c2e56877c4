#!/bin/bash
# Restart to serving (health UP and / answering) on an existing data directory, with bin/passerelle and with plain
# java -jar, three times each, and the first start on an empty one; resident memory of the JVM and its embedded
# PostgreSQL just after each start. Writes bench/reports/restart-<date>-<hhmm>.md. Needs the jar: ./mvnw -DskipTests package
set -u
cd "$(dirname "$0")/.."
jar=$(find target -maxdepth 1 -name 'passerelle-*.jar' | head -1)
[ -n "$jar" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
d=$(mktemp -d /tmp/passerelle-restart.XXXXXX)
port=${APP_PORT:-18600}
# named by the minute: several runs on one day must not overwrite each other
report="bench/reports/restart-$(date +%F-%H%M).md"
lines=()
up() { local s=$1; until curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q UP && curl -fs -o /dev/null "localhost:$port/"; do sleep 0.05; done; echo $(( ($(date +%s%N) - s) / 1000000 )); }
stop() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; while pgrep -f "$d/data" >/dev/null; do sleep 0.1; done; }
# the JVM, the postmaster (its command line names the data directory) and the postmaster's children (backends and
# helpers): resident memory added up, and the same counting each shared page once (Pss)
memory() {
  local rss=0 pss=0 p postmaster
  postmaster=$(pgrep -f "$d/data/postgres" | head -1 || true)
  for p in "$1" $postmaster $([ -n "$postmaster" ] && pgrep -P "$postmaster" || true); do
    rss=$((rss + $(ps -o rss= -p "$p" | tr -d ' ' || echo 0)))
    pss=$((pss + $(awk '$1 == "Pss:" { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "resident memory $((rss / 1024)) MB ($((pss / 1024)) MB counting shared pages once)"
}
say() { echo "$1"; lines+=("- $1"); }
export PASSERELLE_DATA_DIR=$d/data PASSERELLE_RUN_DIR=$d/run PORT=$port PASSERELLE_ADMIN_PASSWORD=restart-bench-password
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
s=$(date +%s%N); bin/passerelle >"$d/first.log" 2>&1 & pid=$!
say "bin/passerelle, first start on an empty data directory (jar extracted, training run, migrations, demo data): $(up "$s") ms"
stop "$pid"
for i in 1 2 3; do
  s=$(date +%s%N); bin/passerelle >"$d/r$i.log" 2>&1 & pid=$!
  say "bin/passerelle restart $i: $(up "$s") ms; $(memory "$pid")"
  stop "$pid"
done
for i in 1 2 3; do
  s=$(date +%s%N); java -jar "$jar" >"$d/j$i.log" 2>&1 & pid=$!
  say "java -jar restart $i: $(up "$s") ms; $(memory "$pid")"
  stop "$pid"
done
rm -rf "$d"
{
  echo "# Restart to serving — $(date +%F)"
  echo
  echo "Commit $(git rev-parse --short HEAD); $(nproc) cores; java -jar with $(java -version 2>&1 | head -1);"
  echo "bin/passerelle with $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1) (JAVA_HOME=${JAVA_HOME:-unset})."
  echo "Load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg). Time from launch to"
  echo "/actuator/health UP and / answering 200; memory = JVM + embedded PostgreSQL processes, just after."
  echo
  printf '%s\n' "${lines[@]}"
} >"$report"
echo "Report: $report"

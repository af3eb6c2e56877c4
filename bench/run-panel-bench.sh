#!/bin/bash
# The seminars' host panels (issue 10): solve time and gap to the best known score for generated cycles of 60
# candidates per country and 6 seminars, with the product's solver limits against a long run of the same solver, and
# an upper bound that proves a score optimal. Writes bench/reports/panels-<date>-<hhmm>.md.
# INSTANCES (default 10) and LONG_RUN_SECONDS (default 20) change the run; MAVEN_OFFLINE=1 builds offline.
set -euo pipefail
cd "$(dirname "$0")/.."
offline=${MAVEN_OFFLINE:+-o}
./mvnw -q $offline test-compile
./mvnw -q $offline dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
report="bench/reports/panels-$(date +%F-%H%M).md"
java -Dpasserelle.commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes')" \
  -Dpasserelle.load="$(cut -d' ' -f1-3 /proc/loadavg)" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.passerelle.programme.panel.PanelBenchmark "$report" "${INSTANCES:-10}" "${LONG_RUN_SECONDS:-20}"

#!/usr/bin/env bash
# Page speed against nginx serving the very same bytes (issue 7), written to bench/reports/pages-<date>-<hhmm>.md.
#
#   bench/run-page-bench.sh                 # 3 rounds of 5 s per page, 16 connections
#   ROUNDS=1 DURATION=2s bench/run-page-bench.sh   # a quick look
#
# Needs wrk, nginx and curl (Debian: apt-get install wrk nginx-light curl) and a JDK. It builds the jar when the
# sources are newer, starts Passerelle on a fresh data directory (embedded PostgreSQL, demo data), fetches each page
# once per language (and once signed in as a member), gives those bytes to nginx, then runs wrk on Passerelle and on
# nginx alternately, with the same connections and duration, round after round. The machine may be shared: the
# ratio to nginx, measured in the same minute, means more than the absolute figures; the load average is reported.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
LANGUAGES=${LANGUAGES:-"fr ko"}
CROWD_CONNECTIONS=${CROWD_CONNECTIONS:-500}
CROWD_DURATION=${CROWD_DURATION:-20s}
APP_PORT=${APP_PORT:-18480}
NGINX_PORT=${NGINX_PORT:-18481}

for tool in wrk nginx curl java; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "The page benchmark needs $tool (Debian: apt-get install wrk nginx-light curl)." >&2
    exit 2
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

jar=target/passerelle-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]; then
  echo "Building the jar (./mvnw -q -DskipTests package)…"
  ./mvnw -q -DskipTests package
fi

work=$(mktemp -d /tmp/passerelle-bench.XXXXXX)
chmod 755 "$work"
app_pid=""
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

base="http://127.0.0.1:$APP_PORT"
admin_password="bench-$(date +%s)-administrator"
member_password="bench-$(date +%s)-member-pass"
member_email="bench-member@passerelle.local"

echo "Starting Passerelle on a fresh data directory ($work/data)…"
started=$(date +%s%N)
# As in production: bin/passerelle (small heap, serial GC, class-data sharing); LAUNCH=jar for plain java -jar.
if [ "${LAUNCH:-script}" = jar ]; then
  launch=(java -jar "$jar")
else
  launch=(bin/passerelle)
fi
PASSERELLE_DATA_DIR="$work/data" PASSERELLE_RUN_DIR="$work/run" PASSERELLE_ADMIN_PASSWORD="$admin_password" \
  PORT=$APP_PORT "${launch[@]}" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "Passerelle stopped while starting; its log:" >&2
    tail -40 "$work/app.log" >&2
    exit 1
  fi
  sleep 0.2
done
first_start=$(awk -v ns=$(($(date +%s%N) - started)) 'BEGIN { printf "%.1f", ns / 1e9 }')
echo "Up after ${first_start}s (first start: empty directory, migrations, demo data; with bin/passerelle also the
jar's extraction and the training run of its class-data-sharing archive)."

# --- signing in: the administrator creates a member of the first organization, the member signs in
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
admin_jar="$work/admin.cookies"
token=$(curl -fs -c "$admin_jar" -b "$admin_jar" "$base/sign-in" | csrf_of)
curl -fs -o /dev/null -c "$admin_jar" -b "$admin_jar" --data-urlencode "email=admin@passerelle.local" \
  --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$token" "$base/sign-in"
organization=$(curl -fs "$base/organizations" | grep -o 'href="/organizations/[0-9]*"' | head -1 | grep -o '[0-9]*')
token=$(curl -fs -c "$admin_jar" -b "$admin_jar" "$base/admin/users/new" | csrf_of)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$admin_jar" -b "$admin_jar" \
  --data-urlencode "email=$member_email" --data-urlencode "displayName=Bench member" \
  --data-urlencode "role=MEMBER" --data-urlencode "organizationId=$organization" \
  --data-urlencode "password=$member_password" --data-urlencode "_csrf=$token" "$base/admin/users")
if [ "$status" != 302 ]; then
  echo "Could not create the member account (HTTP $status)." >&2
  exit 1
fi
member_jar="$work/member.cookies"
token=$(curl -fs -c "$member_jar" -b "$member_jar" "$base/sign-in" | csrf_of)
curl -fs -o /dev/null -c "$member_jar" -b "$member_jar" --data-urlencode "email=$member_email" \
  --data-urlencode "password=$member_password" --data-urlencode "_csrf=$token" "$base/sign-in"
member_session=$(awk '$6 == "SESSION" {print $7}' "$member_jar" | tail -1)
if [ -z "$member_session" ]; then
  echo "The member could not sign in." >&2
  exit 1
fi

# --- the pages: lists, then one organization, partnership and meeting of the demo data
partnership=$(curl -fs "$base/partnerships" | grep -o 'href="/partnerships/[0-9]*"' | head -1 | grep -o '[0-9]*')
meeting=$(curl -fs "$base/meetings?when=PAST" | grep -o 'href="/meetings/[0-9]*"' | head -1 | grep -o '[0-9]*')
pages=("/" "/organizations" "/partnerships" "/people" "/organizations/$organization" "/partnerships/$partnership"
  "/meetings/$meeting" "/meetings")

mkdir -p "$work/www"
cat >"$work/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { }
  default_type "text/html;charset=UTF-8";
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location / { try_files \$uri =404; }
  }
}
EOF

# case: "<who> <language> <page>"; its bytes are saved under www/<who>/<language>/<n>.html
cases=()
n=0
for who in anonymous member; do
  for language in $LANGUAGES; do
    for page in "${pages[@]}"; do
      n=$((n + 1))
      mkdir -p "$work/www/$who/$language"
      cookie=()
      [ "$who" = member ] && cookie=(-H "Cookie: SESSION=$member_session")
      status=$(curl -s -o "$work/www/$who/$language/$n.html" -w '%{http_code}' -H "Accept-Language: $language" \
        "${cookie[@]}" "$base$page")
      if [ "$status" != 200 ]; then
        echo "$page ($who, $language) answered $status, not 200." >&2
        exit 1
      fi
      cases+=("$who $language $page $n")
    done
  done
done
chmod -R a+rX "$work/www"
"$NGINX" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 0.5
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/anonymous/fr/1.html"

memory_kb() {
  # The JVM and its embedded PostgreSQL (the postmaster and its children), in kB: "rss" adds up each process's
  # resident memory, which counts PostgreSQL's shared buffers once per process that touched them; "pss" shares
  # each page among the processes that map it, so the sum counts every resident page once.
  local kind=$1 total=0 pid postmaster
  postmaster=$(pgrep -f "$work/data/postgres" | head -1 || true)
  # the postmaster's command line names the data directory; its backends and helpers only its children do
  for pid in "$app_pid" $postmaster $([ -n "$postmaster" ] && pgrep -P "$postmaster" || true); do
    if [ "$kind" = pss ]; then
      total=$((total + $(awk '$1 == "Pss:" { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
    else
      total=$((total + $(ps -o rss= -p "$pid" | tr -d ' ' || echo 0)))
    fi
  done
  echo "$total"
}
memory() { echo "$(($(memory_kb rss) / 1024)) MB resident ($(($(memory_kb pss) / 1024)) MB counting shared pages once)"; }

# CPU time used so far by the JVM and its embedded PostgreSQL, in clock ticks (user + system)
cpu_ticks() {
  local total=0 pid postmaster
  postmaster=$(pgrep -f "$work/data/postgres" | head -1 || true)
  for pid in "$app_pid" $postmaster $([ -n "$postmaster" ] && pgrep -P "$postmaster" || true); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# wrk's figures: requests/s, p50 and p99 in ms, errors (non-2xx or socket errors), requests answered, and the CPU
# time the JVM and PostgreSQL spent per request answered, in ms (less sensitive to other work on a shared machine than
# the rates; 0 for nginx). A request still unanswered when the run ends counts nowhere in wrk's output: a stalled
# page shows as few requests answered.
measure() {
  local url=$1 language=$2 cookie=$3 before
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Language: $language")
  [ -n "$cookie" ] && args+=(-H "Cookie: SESSION=$cookie")
  before=$(cpu_ticks)
  wrk "${args[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    / requests in / { answered = $1 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, errors, answered }' >"$work/wrk-figures"
  if [[ $url == "$base"* ]]; then
    awk -v spent=$(($(cpu_ticks) - before)) -v hz="$ticks_per_second" \
      '{ printf "%s %.2f\n", $0, ($5 > 0 ? spent * 1000 / hz / $5 : 0) }' "$work/wrk-figures"
  else
    awk '{ print $0, 0 }' "$work/wrk-figures"
  fi
}

results="$work/results.tsv"
: >"$results"
memory_before=$(memory)
memory_rounds=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${cases[@]}"; do
    read -r who language page n <<<"$entry"
    cookie=""
    [ "$who" = member ] && cookie=$member_session
    app=$(measure "$base$page" "$language" "$cookie")
    ref=$(measure "http://127.0.0.1:$NGINX_PORT/$who/$language/$n.html" "$language" "")
    echo "round $round · $who · $language · $page → passerelle $app · nginx $ref"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$who" "$language" "$page" "$app" "$ref" >>"$results"
  done
  memory_rounds+=("after round $round: $(memory)")
done
memory_after=$(memory)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the crowd: many visitors at once (a newsletter just went out), each page on its own, wrk's timeout at 10 s;
# the health endpoint is asked every second meanwhile and must answer UP every time
crowd_pages=("/" "/organizations" "/meetings/$meeting")
crowd_lines=()
for page in "${crowd_pages[@]}"; do
  health_log="$work/health-during-crowd.log"
  : >"$health_log"
  ( while true; do curl -s -m 5 -o /dev/null -w '%{http_code}\n' "$base/actuator/health" >>"$health_log" || echo 000 >>"$health_log"; sleep 1; done ) &
  health_pid=$!
  crowd=$(wrk -t"$THREADS" -c"$CROWD_CONNECTIONS" -d"$CROWD_DURATION" --timeout 10s --latency -H "Accept-Language: fr" \
    "$base$page" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    / requests in / { answered = $1 }
    /Non-2xx or 3xx responses:/ { non2xx += $5 }
    /Socket errors:/ { gsub(",", ""); connect = $4; read = $6; write = $8; timeout = $10 }
    END { printf "%d requests answered (%.0f/s), p99 %.1f ms; errors: %d connect, %d read, %d write, %d timeout, %d non-2xx", answered, rps, p99, connect, read, write, timeout, non2xx }')
  kill "$health_pid" 2>/dev/null; wait "$health_pid" 2>/dev/null || true
  health_checks=$(wc -l <"$health_log" | tr -d ' ')
  health_up=$(grep -c '^200$' "$health_log" || true)
  health_after=$(curl -s -m 5 "$base/actuator/health" || echo "no answer")
  line="\`$page\`: $crowd; health answered 200 to $health_up of $health_checks checks during the run, after it: $health_after"
  echo "crowd · $line"
  crowd_lines+=("- $line")
done

# --- the report: per page, the median over rounds of each figure
# (named by the minute: several runs on one day must not overwrite each other; the commit is read before the
# report file is opened, or a report of the same name would count as an uncommitted change)
report=${REPORT:-bench/reports/pages-$(date +%F-%H%M).md}
commit="$(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
{
  echo "# Pages against nginx serving the same bytes — $(date +%F)"
  echo
  echo "Commit $commit. wrk: $THREADS threads,"
  echo "$CONNECTIONS connections, keep-alive, $DURATION per run, $ROUNDS rounds, Passerelle and nginx alternating with"
  echo "the same settings. Figures are medians over the rounds; ratio = Passerelle req/s ÷ nginx req/s; CPU ms/request ="
  echo "CPU time of the JVM and its PostgreSQL during the run ÷ requests answered (on 2 cores, 16 connections wait about"
  echo "8 times that in the queue)."
  echo
  echo "- Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "- Java: $(java -version 2>&1 | head -1); nginx: $("$NGINX" -v 2>&1 | cut -d/ -f2)"
  echo "- Load average before: $load_before; after: $load_after"
  echo "- Started with: ${launch[*]}"
  echo "- First start on an empty data directory to health UP: ${first_start} s"
  echo "- Memory, JVM + embedded PostgreSQL, before the load: $memory_before"
  for line in "${memory_rounds[@]}"; do echo "  - $line"; done
  echo "- After the load (before the crowd): $memory_after"
  echo
  echo "| who | lang | page | Passerelle req/s | p50 ms | p99 ms | errors | fewest answered | CPU ms/request | nginx req/s | nginx p99 ms | ratio |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    {
      key = $2 "\t" $3 "\t" $4
      if (!(key in seen)) { seen[key] = 1; order[++count] = key }
      split($5, app, " "); split($6, ref, " ")
      rps[key] = rps[key] " " app[1]; p50[key] = p50[key] " " app[2]; p99[key] = p99[key] " " app[3]
      errors[key] += app[4]; nrps[key] = nrps[key] " " ref[1]; np99[key] = np99[key] " " ref[3]
      if (!(key in fewest) || app[5] + 0 < fewest[key]) fewest[key] = app[5] + 0
      cpu[key] = cpu[key] " " app[6]
    }
    END {
      for (i = 1; i <= count; i++) {
        k = order[i]; split(k, f, "\t")
        a = median(rps[k]); b = median(nrps[k])
        # (the ratio in parentheses: in awk, ">" in a printf argument would redirect the output to a file)
        printf "| %s | %s | `%s` | %.0f | %.1f | %.1f | %d | %d | %.2f | %.0f | %.1f | %.4f |\n", f[1], f[2], f[3], a,
          median(p50[k]), median(p99[k]), errors[k], fewest[k], median(cpu[k]), b, median(np99[k]), (b > 0 ? a / b : 0)
      }
    }' "$results"
  echo
  echo "## Under a crowd: $CROWD_CONNECTIONS connections for $CROWD_DURATION per page, anonymous, French"
  echo
  printf '%s\n' "${crowd_lines[@]}"
  echo "- Memory after the crowd: $(memory)"
  echo
  echo "Raw runs (round, who, language, page, Passerelle req/s p50 p99 errors answered CPU-ms/request, nginx the same):"
  echo
  echo '```'
  cat "$results"
  echo '```'
} >"$report"
echo "Report: $report"

#!/usr/bin/env bash
# Start-up benchmark: first start and restart of the web application to a working sign-in page, and the light
# commands, each run RUNS times (default 3) on a fresh data folder, printing every run and the median.
#   ./mvnw -DskipTests package && scripts/bench-start.sh [RUNS]
# Needs target/verbatim.jar; the machine should have nothing else running. Prints the JVM's resident memory once the
# sign-in page answers, and the jar's size.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
JAVA="$(verbatim_find_jdk)/bin/java"
JAR=target/verbatim.jar
RUNS=${1:-3}
PORT=${VERBATIM_BENCH_PORT:-18080}
[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -DskipTests package first" >&2; exit 2; }

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# starts the app on data folder $1, waits for the sign-in page, prints "seconds rss_mb", stops it
start_once() {
  local dir=$1 started pid rss
  started=$(now)
  VERBATIM_DATA_DIR="$dir" VERBATIM_ADMIN_PASSWORD=bench-admin-password PORT=$PORT \
    "$JAVA" -jar "$JAR" >"$dir.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/login"; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped; see $dir.log" >&2; exit 1; }
    sleep 0.1
  done
  local took
  took=$(echo "$(now) - $started" | bc)
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  echo "$took $rss"
}

command_once() {
  local dir=$1; shift
  local started
  started=$(now)
  VERBATIM_DATA_DIR="$dir" VERBATIM_ADMIN_PASSWORD=bench-admin-password "$JAVA" -jar "$JAR" "$@" >/dev/null 2>"$dir.cmd.log"
  echo "$(now) - $started" | bc
}

root=$(mktemp -d /tmp/verbatim-start-bench.XXXXXX)
declare -a first restart rss users export
for i in $(seq 1 "$RUNS"); do
  dir="$root/run-$i"
  read -r t r < <(start_once "$dir"); first+=("$t")
  read -r t r < <(start_once "$dir"); restart+=("$t"); rss+=("$r")
  users+=("$(command_once "$dir" users list)")
  export+=("$(command_once "$dir" export quotes-csv --output "$dir/quotes.csv")")
  printf 'run %d: first start %.1f s, restart %.1f s (RSS %d MB), users list %.1f s, export quotes-csv %.1f s\n' \
    "$i" "${first[-1]}" "${restart[-1]}" "${rss[-1]}" "${users[-1]}" "${export[-1]}"
done
printf 'median of %d: first start %.1f s, restart %.1f s, RSS after restart %s MB, users list %.1f s, export %.1f s\n' \
  "$RUNS" "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${restart[@]}" | median)" \
  "$(printf '%s\n' "${rss[@]}" | median)" "$(printf '%s\n' "${users[@]}" | median)" \
  "$(printf '%s\n' "${export[@]}" | median)"
echo "jar: $(du -m "$JAR" | cut -f1) MB; logs and data in $root"

#!/usr/bin/env bash
# Start-up benchmark: first start and restart of the web application to a working sign-in page, and the commands
# users list and export quotes-csv, each run RUNS times (default 3) on a fresh data folder, printing every run and the
# median.
#   ./mvnw -DskipTests package && scripts/bench-start.sh [RUNS] [jar|fast]
# jar (the default) starts the web application and runs the commands with java -jar target/verbatim.jar; fast with
# scripts/start-fast.sh (the commands with their class cache, recorded by an uncounted first users list).
# For each step: the wall-clock seconds, the CPU seconds of the JVM and its database (less sensitive to other work on
# a shared machine than the wall clock), and for starts the embedded database's start and Spring's "Started ... in",
# and the JVM's resident memory once the sign-in page answers. Prints the load average before and after, and the
# jar's size. The machine should have nothing else running; when it has, compare CPU seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
JAVA="$(verbatim_find_jdk)/bin/java"
JAR=target/verbatim.jar
RUNS=${1:-3}
MODE=${2:-jar}
PORT=${VERBATIM_BENCH_PORT:-18080}
[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -DskipTests package first" >&2; exit 2; }
case "$MODE" in
  jar) START=("$JAVA" -jar "$JAR"); COMMAND=("$JAVA" -jar "$JAR") ;;
  fast) START=(scripts/start-fast.sh); COMMAND=(scripts/start-fast.sh) ;;
  *) echo "mode: jar or fast" >&2; exit 2 ;;
esac

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# clock ticks of CPU (user + system) of a process and all its descendants, as they stand now
ticks_tree() {
  local pid=$1 ticks child
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  for child in $(pgrep -P "$pid" || true); do
    ticks=$(( ticks + $(ticks_tree "$child") ))
  done
  echo "$ticks"
}
cpu_tree() { echo "scale=2; $(ticks_tree "$1") / $(getconf CLK_TCK)" | bc; }

# starts the app on data folder $1 (log $1.$2.log), waits for the sign-in page, prints
# "seconds cpu rss_mb db_ms spring_s", stops it
start_once() {
  local dir=$1 log=$1.$2.log started pid rss took cpu db spring
  started=$(now)
  VERBATIM_DATA_DIR="$dir" VERBATIM_ADMIN_PASSWORD=bench-admin-password PORT=$PORT \
    "${START[@]}" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/login"; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped; see $log" >&2; exit 1; }
    sleep 0.1
  done
  took=$(echo "$(now) - $started" | bc)
  cpu=$(cpu_tree $pid)
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  db=$(grep -o 'Embedded MariaDB ready.*(\([0-9]*\) ms)' "$log" | tail -1 | grep -o '[0-9]* ms' | tail -1 | cut -d' ' -f1)
  spring=$(grep -o 'Started Application in [0-9.]*' "$log" | tail -1 | awk '{print $4}')
  kill $pid; wait $pid 2>/dev/null || true
  echo "$took $cpu $rss ${db:-0} ${spring:-0}"
}

# runs a command on data folder $1, prints "seconds cpu"
command_once() {
  local dir=$1; shift
  VERBATIM_DATA_DIR="$dir" VERBATIM_ADMIN_PASSWORD=bench-admin-password \
    /usr/bin/time -f '%e %U %S' -o "$dir.time" "${COMMAND[@]}" "$@" >/dev/null 2>"$dir.$1.log"
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$dir.time"
}

root=$(mktemp -d /tmp/verbatim-start-bench.XXXXXX)
echo "mode $MODE; load average before: $(load)"
declare -a first first_cpu restart restart_cpu rss db spring users users_cpu export export_cpu
for i in $(seq 1 "$RUNS"); do
  dir="$root/run-$i"
  read -r t c r d s < <(start_once "$dir" first); first+=("$t"); first_cpu+=("$c")
  read -r t c r d s < <(start_once "$dir" restart); restart+=("$t"); restart_cpu+=("$c"); rss+=("$r"); db+=("$d"); spring+=("$s")
  # fast: the first command of a build records the commands' class cache; that run is not counted
  [ "$MODE" = fast ] && [ "$i" -eq 1 ] && command_once "$dir" users list >/dev/null
  read -r t c < <(command_once "$dir" users list); users+=("$t"); users_cpu+=("$c")
  read -r t c < <(command_once "$dir" export quotes-csv --output "$dir/quotes.csv"); export+=("$t"); export_cpu+=("$c")
  printf 'run %d: first start %.1f s (cpu %.1f s), restart %.1f s (cpu %.1f s; database %d ms, Spring %.1f s; RSS %d MB),' \
    "$i" "${first[-1]}" "${first_cpu[-1]}" "${restart[-1]}" "${restart_cpu[-1]}" "${db[-1]}" "${spring[-1]}" "${rss[-1]}"
  printf ' users list %.1f s (cpu %.1f s), export quotes-csv %.1f s (cpu %.1f s); load %s\n' \
    "${users[-1]}" "${users_cpu[-1]}" "${export[-1]}" "${export_cpu[-1]}" "$(load)"
done
m() { printf '%s\n' "$@" | median; }
printf 'median of %d: first start %.1f s (cpu %.1f s), restart %.1f s (cpu %.1f s; database %s ms, Spring %.1f s),' \
  "$RUNS" "$(m "${first[@]}")" "$(m "${first_cpu[@]}")" "$(m "${restart[@]}")" "$(m "${restart_cpu[@]}")" \
  "$(m "${db[@]}")" "$(m "${spring[@]}")"
printf ' RSS after restart %s MB, users list %.1f s (cpu %.1f s), export %.1f s (cpu %.1f s)\n' "$(m "${rss[@]}")" \
  "$(m "${users[@]}")" "$(m "${users_cpu[@]}")" "$(m "${export[@]}")" "$(m "${export_cpu[@]}")"
echo "load average after: $(load); jar: $(du -m "$JAR" | cut -f1) MB; logs and data in $root"

#!/usr/bin/env bash
# Builds Verbatim when its sources changed since target/verbatim.jar was built (or there is none), and starts it from
# that jar unpacked next to it and, on JDK 25 or newer, with an ahead-of-time class cache (JEP 483/514) recorded by the
# first run of each build: restarts take about half the time of java -jar. The README's way to start Verbatim.
#   scripts/start-fast.sh [the application's arguments]
#   scripts/start-fast.sh users list     (a command, with a class cache of its own: see below)
# The first run of a build records the cache while it runs and writes it when Verbatim stops (Ctrl-C); writing takes
# a few seconds. A rebuilt jar is unpacked again and records a new cache. VERBATIM_JAVA_OPTS replaces the JVM options
# below (each set of options records and uses a cache of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
JDK=$(verbatim_find_jdk) || { echo "No JDK $VERBATIM_MIN_JAVA or newer found: install one (or set JAVA_HOME)" >&2; exit 1; }
JAVA="$JDK/bin/java"
JAR=target/verbatim.jar
APP=target/app
# (frontend/generated is written by every build and test run: not a change of the sources)
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main db frontend -newer "$JAR" -type f -not -path "frontend/generated/*" -print -quit 2>/dev/null)" ]; then
  echo "Building Verbatim (./mvnw -DskipTests package)…" >&2
  ./mvnw -q -DskipTests package
fi
if [ ! -f "$APP/verbatim.jar" ] || [ "$JAR" -nt "$APP/verbatim.jar" ]; then
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
fi
# The serial collector and a heap that starts small, grows as needed and is given back: 5 s after the sign-in page
# answered, 357 MB resident instead of 499 MB with the JVM's defaults (G1, 610 MB of heap committed) on the 2-core
# machine, same data, 54 CPU s instead of 60. The maximum heap stays the JVM's default (a quarter of the memory).
# Only the quick JIT compiler (C1, TieredStopAtLevel=1): on 2 cores the optimising one (C2) spent 6-7 of a restart's
# 10 CPU s compiling beside the main thread; without it a restart takes 6 CPU s and 355 MB instead of 10 and 390 MB,
# and the work measured after it costs less CPU too (import --bench 6000: 26 instead of 39 CPU s at the same rate;
# search --bench 300: 18 instead of 37 CPU s, faceted search p50/p95 7/36 ms instead of 9/22, contradiction
# candidates 37/82 ms instead of 68/195; all under load). See the README's Start-up and footprint.
read -r -a OPTS <<<"${VERBATIM_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1}"
# a class cache belongs to the options it was recorded with (another collector cannot use it): one per set of options
OPTS_ID=$(printf '%s\n' "${OPTS[@]}" | cksum | cut -d' ' -f1)
if [ "$(verbatim_jdk_version "$JDK")" -lt 25 ]; then
  exec "$JAVA" "${OPTS[@]}" -jar "$APP/verbatim.jar" "$@"
fi
CACHE="$APP/verbatim-$(verbatim_jdk_version "$JDK")-$OPTS_ID.aot"
case "${1:-}" in
  import|reindex|search|export|users|audit|extract|help|--help|-h|--version|-V)
    # A command: its own class cache (a command loads other classes than the web application), recorded by the first
    # command of this build that runs to the end (help and usage errors record nothing), used by every later one.
    CACHE="$APP/verbatim-$(verbatim_jdk_version "$JDK")-$OPTS_ID-commands.aot"
    if [ -f "$CACHE" ]; then
      exec "$JAVA" "${OPTS[@]}" -XX:AOTCache="$CACHE" -Xlog:aot*=off -jar "$APP/verbatim.jar" "$@"
    fi
    case " $* " in
      *" --help "*|*" -h "*|*" help "*|*" --version "*|*" -V "*) exec "$JAVA" "${OPTS[@]}" -jar "$APP/verbatim.jar" "$@" ;;
    esac
    status=0
    # the JVM's news about the cache goes to stderr: standard output carries only the command's results
    "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput="$CACHE.$$.partial" -XX:+DisplayVMOutputToStderr -Xlog:aot*=off -jar "$APP/verbatim.jar" "$@" || status=$?
    if [ "$status" -eq 0 ] && [ -f "$CACHE.$$.partial" ]; then mv "$CACHE.$$.partial" "$CACHE"; else rm -f "$CACHE.$$.partial"; fi
    exit "$status" ;;
esac
if [ -f "$CACHE" ]; then
  exec "$JAVA" "${OPTS[@]}" -XX:AOTCache="$CACHE" -Xlog:aot*=off -jar "$APP/verbatim.jar" "$@"
fi
echo "First start of this build: recording a class cache for faster restarts; it is written when Verbatim stops" >&2
exec "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput="$CACHE" -Xlog:aot*=off -jar "$APP/verbatim.jar" "$@"

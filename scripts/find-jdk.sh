# Finds a JDK 21 or newer for ./mvnw and ./verbatim (sourced by both; bash).
#
# verbatim_find_jdk prints the folder of the JDK to use and returns 0, or returns 1 when there is none:
#   1. JAVA_HOME, when it is a JDK 21+ (your choice wins when it is good enough);
#   2. the JDK of the `java` on the PATH, when it is 21+;
#   3. the newest JDK 21+ under the usual places: /usr/lib/jvm, /usr/java, /usr/local/java, /opt/java, /opt,
#      SDKMAN!, IntelliJ's ~/.jdks, asdf, mise, jabba, and macOS's JavaVirtualMachines folders.
# VERBATIM_JDK_DIRS (folders separated by ':') replaces the list in 3.
# A JDK is a folder with bin/java and bin/javac; its version is read from its `release` file (or `java -version`).

VERBATIM_MIN_JAVA=21

verbatim_jdk_dirs() {
  if [ -n "${VERBATIM_JDK_DIRS:-}" ]; then
    printf '%s\n' "$VERBATIM_JDK_DIRS" | tr ':' '\n'
    return
  fi
  printf '%s\n' /usr/lib/jvm /usr/java /usr/local/java /opt/java /opt \
    "${SDKMAN_CANDIDATES_DIR:-$HOME/.sdkman/candidates}/java" "$HOME/.jdks" "$HOME/.asdf/installs/java" \
    "$HOME/.local/share/mise/installs/java" "$HOME/.jabba/jdk" \
    /Library/Java/JavaVirtualMachines "$HOME/Library/Java/JavaVirtualMachines"
}

# The feature version (8, 17, 21, 25…) of the JDK in folder $1, or nothing.
verbatim_jdk_version() {
  local home=$1 version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -r "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case $version in
    1.*) version=${version#1.} ;;
  esac
  version=${version%%[!0-9]*}
  [ -n "$version" ] && printf '%s\n' "$version"
}

verbatim_find_jdk() {
  local v best="" best_version=0 dir home
  if [ -n "${JAVA_HOME:-}" ] && v=$(verbatim_jdk_version "$JAVA_HOME") && [ "$v" -ge "$VERBATIM_MIN_JAVA" ]; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if v=$(verbatim_jdk_version "$home") && [ "$v" -ge "$VERBATIM_MIN_JAVA" ]; then
      printf '%s\n' "$home"
      return 0
    fi
  fi
  while IFS= read -r dir; do
    [ -d "$dir" ] || continue
    for home in "$dir"/* "$dir"/*/Contents/Home; do
      [ -d "$home" ] || continue
      if v=$(verbatim_jdk_version "$home") && [ "$v" -ge "$VERBATIM_MIN_JAVA" ] && [ "$v" -gt "$best_version" ]; then
        best=$home
        best_version=$v
      fi
    done
  done < <(verbatim_jdk_dirs)
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

# Exports JAVA_HOME and PATH for the JDK found; without one, warns (naming $1) and leaves both as they were.
verbatim_use_jdk() {
  local jdk
  if jdk=$(verbatim_find_jdk); then
    export JAVA_HOME=$jdk
    export PATH="$jdk/bin:$PATH"
    return 0
  fi
  echo "$1: no JDK $VERBATIM_MIN_JAVA or newer found in JAVA_HOME, on the PATH or in $(verbatim_jdk_dirs | paste -sd ' ' -)." >&2
  echo "$1: install one (e.g. Temurin 25) there, or point JAVA_HOME at it." >&2
  return 1
}

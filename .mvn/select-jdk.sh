#!/bin/sh
# Which JDK ./mvnw runs Maven on (docs/adr/0013-jdk-discovery.md). Forewarn needs a JDK 21 or newer, but on many
# machines the default `java` is older (Debian 12: 17), and javac would then fail only after the console's npm build.
# So: keep JAVA_HOME, or the java on PATH, when it is new enough (prints nothing: nothing to change); otherwise print the
# home of the newest JDK 21+ installed in the usual folders; and if there is none, say what to install and fail at once.
# MVNW_JDK_DIRS (folders holding JDKs, separated by ':') replaces the usual folders, e.g. to try the "none" case.
set -eu
required=21

# Git Bash / Cygwin hold Windows paths in JAVA_HOME that these checks cannot read: keep the wrapper's own handling
case "$(uname)" in
CYGWIN* | MINGW* | MSYS*) exit 0 ;;
esac

# The feature version (25 for 25.0.3, 8 for 1.8.0_392) of the JDK at $1; nothing when $1 is not a JDK.
# The release file answers without starting a JVM; very old JDKs lack it and are asked instead.
feature_version() {
  [ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ] || return 0
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  fi
  v=${v#1.}
  v=${v%%[!0-9]*}
  [ -z "$v" ] || printf '%s\n' "$v"
}

if [ -n "${JAVA_HOME-}" ]; then
  current_home=$JAVA_HOME
  current_what="JAVA_HOME"
else
  current_java=$(command -v java 2>/dev/null || true)
  current_home=""
  if [ -n "$current_java" ]; then
    current_java=$(readlink -f "$current_java" 2>/dev/null || printf '%s' "$current_java")
    current_home=${current_java%/bin/java}
  fi
  current_what="the java on PATH"
fi
current_version=""
[ -z "$current_home" ] || current_version=$(feature_version "$current_home")
if [ -n "$current_version" ] && [ "$current_version" -ge "$required" ]; then
  exit 0
fi

if [ -n "${MVNW_JDK_DIRS-}" ]; then
  dirs=$MVNW_JDK_DIRS
else
  dirs="/usr/lib/jvm:/usr/lib64/jvm:/usr/java:/usr/local/java:/opt/java:/opt"
  dirs="$dirs:/Library/Java/JavaVirtualMachines:$HOME/Library/Java/JavaVirtualMachines"
  dirs="$dirs:$HOME/.sdkman/candidates/java:$HOME/.jdks:$HOME/.m2/jdks:$HOME/.gradle/jdks:$HOME/.asdf/installs/java"
  dirs="$dirs:$HOME/.local/share/mise/installs/java:$HOME/.jbang/cache/jdks"
fi

best_home=""
best_version=0
consider() {
  cv=$(feature_version "$1")
  if [ -n "$cv" ] && [ "$cv" -ge "$required" ] && [ "$cv" -gt "$best_version" ]; then
    best_home=$1
    best_version=$cv
  fi
}
# JAVA21_HOME and the like, as CI images set them
if [ -z "${MVNW_JDK_DIRS-}" ]; then
  for home in $(env | sed -n 's/^JAVA[0-9][0-9]*_HOME=//p'); do consider "$home"; done
fi
old_ifs=$IFS
IFS=:
for dir in $dirs; do
  IFS=$old_ifs
  [ -d "$dir" ] || continue
  for home in "$dir"/*; do
    consider "$home"
    [ ! -d "$home/Contents/Home" ] || consider "$home/Contents/Home" # macOS bundles
  done
done
IFS=$old_ifs

if [ -z "$current_home" ]; then
  current="there is no java on PATH and JAVA_HOME is not set"
elif [ -z "$current_version" ]; then
  current="$current_what ($current_home) is not a JDK"
else
  current="$current_what is JDK $current_version ($current_home)"
fi
if [ -n "$best_home" ]; then
  echo "mvnw: Forewarn needs JDK $required or newer; $current." \
    "Using JDK $best_version at $best_home (set JAVA_HOME to choose another)." >&2
  printf '%s\n' "$best_home"
  exit 0
fi

cat >&2 <<EOF
mvnw: Forewarn needs a JDK (not only a JRE) $required or newer, and none is installed.
  Here $current; looked in: $(printf '%s' "$dirs" | sed 's/:/, /g')
  Install one, for example:
    Debian 13 / Ubuntu 24.04:  sudo apt-get install openjdk-21-jdk
    Debian 12, others:         Temurin 21 or 25 from https://adoptium.net (its apt repository: temurin-21-jdk)
  then run ./mvnw again (it finds JDKs in the folders above), or point JAVA_HOME at it:
    export JAVA_HOME=/usr/lib/jvm/temurin-21-jdk-amd64
EOF
exit 1

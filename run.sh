#!/usr/bin/env bash
# smtp-tutor launcher: builds the project when the jar is missing or older than the sources, then runs
# it with all arguments passed through. Works from any directory.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
jar="$here/target/smtp-tutor.jar"

fail() { printf 'smtp-tutor: %s\n' "$*" >&2; exit 1; }

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$java_bin" >/dev/null 2>&1 \
  || fail "Java 17 or newer is needed and was not found. Install it (Debian/Ubuntu: apt-get install openjdk-17-jdk) or set JAVA_HOME."

# The JDK's release file names its version without starting a JVM (a JVM start would double our start-up time).
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v "$java_bin")")")")"
if [ -r "$java_home/release" ]; then
  java_version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release")"
else
  java_version="$("$java_bin" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')"
fi
if [ -n "${java_version:-}" ] && [ "$java_version" -lt 17 ] 2>/dev/null; then
  fail "Java 17 or newer is needed; found Java $java_version at $java_home. Install a newer JDK or set JAVA_HOME."
fi

if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src/main" "$here/lessons" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  command -v mvn >/dev/null 2>&1 \
    || fail "Maven is needed to build smtp-tutor and was not found. Install it (Debian/Ubuntu: apt-get install maven)."
  printf 'Building smtp-tutor (only when the sources changed)...\n' >&2
  (cd "$here" && mvn -B -q -DskipTests package >&2) || fail "the build failed; the messages above say why."
fi

# Start-up speed: a class-data-sharing archive of the classes a session loads (made once per build;
# it halves the JVM's start), and for the shell, the quick first-tier compiler only. `serve` keeps the
# full JIT: a class of learners is a throughput job.
archive="$here/target/smtp-tutor.jsa"
if [ ! -f "$archive" ] || [ "$archive" -ot "$jar" ]; then
  printf 'EHLO run.sh\n/quit\n' | "$java_bin" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" >/dev/null 2>&1 || rm -f "$archive"
fi
opts=()
[ -f "$archive" ] && opts+=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
[ "${1:-}" != "serve" ] && opts+=(-XX:TieredStopAtLevel=1)
if [ "${1:-}" = "--print-java-options" ]; then printf '%s\n' "${opts[@]}"; exit 0; fi

exec "$java_bin" "${opts[@]}" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$jar" "$@"

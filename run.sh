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

# Start-up speed (bench/startup): a class-data-sharing (CDS) archive of the classes a session loads, made
# once per build and per JDK, so that the JVM maps them ready-made instead of reading, checking and
# linking some 2,500 classes from the jars; and, for the shell, the quick first-tier compiler only.
# `serve` keeps the full JIT: a class of learners is a throughput job.
archive="$here/target/smtp-tutor.jsa"
jvm_id="$java_home $(cksum < "$java_home/release" 2>/dev/null || true)"

archive_usable() {  # made for this jar (not older) by this JDK
  [ -s "$archive" ] && [ ! "$archive" -ot "$jar" ] && [ "$(cat "$archive.jvm" 2>/dev/null)" = "$jvm_id" ]
}

# Two training runs list the classes (in the learner's own terminal when util-linux script(1) is there to
# make one, and with input piped, as scripts and bench/startup run it), each with a lesson step so that the
# progress file is written and read back; the JVM dumps the archive from both lists. All of it in a
# scratch folder beside the jar, the archive moved into place only once the JVM has accepted it: a
# half-written archive can crash the JVM that maps it. Any failure just leaves no archive.
make_archive() {
  local work
  work="$(mktemp -d "$here/target/cds.XXXXXX" 2>/dev/null)" || return 0
  mkdir -p "$work/home"
  printf 'Preparing a quicker start (once per build)...\n' >&2
  printf '/lesson 1\nEHLO training.example\n/quit\n' \
    | SMTP_TUTOR_HOME="$work/home" "$java_bin" -XX:DumpLoadedClassList="$work/piped.classlist" -jar "$jar" >/dev/null 2>&1
  if script --version 2>/dev/null | grep -q util-linux && command -v timeout >/dev/null 2>&1; then
    printf '/quit\r' | SMTP_TUTOR_HOME="$work/home" timeout 60 script -qec \
      "'$java_bin' -XX:DumpLoadedClassList='$work/terminal.classlist' -jar '$jar'" /dev/null >/dev/null 2>&1
  fi
  cat "$work"/*.classlist 2>/dev/null | awk '!seen[$0]++' > "$work/all.classlist"
  if "$java_bin" -Xshare:dump -XX:SharedClassListFile="$work/all.classlist" -XX:SharedArchiveFile="$work/new.jsa" \
       -cp "$jar" >/dev/null 2>&1 \
     && "$java_bin" -Xshare:on -XX:SharedArchiveFile="$work/new.jsa" -cp "$jar" -version >/dev/null 2>&1; then
    printf '%s\n' "$jvm_id" > "$archive.jvm" && mv -f "$work/new.jsa" "$archive"
  fi
  rm -rf "$work"
}

archive_usable || make_archive
opts=()
# -Xshare:auto and the cds logs off: an archive the JVM refuses (damaged, another JDK's) is passed over
# in silence and the tutor starts as without one; a learner never sees a JVM warning.
archive_usable && opts+=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off)
[ "${1:-}" != "serve" ] && opts+=(-XX:TieredStopAtLevel=1)
if [ "${1:-}" = "--print-java-options" ]; then printf '%s\n' "${opts[@]}"; exit 0; fi

exec "$java_bin" "${opts[@]}" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$jar" "$@"

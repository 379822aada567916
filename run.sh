#!/usr/bin/env bash
# smtp-tutor launcher: builds the project when the jar is missing or older than the sources, then runs
# it with all arguments passed through. Works from any directory.
set -euo pipefail

# Every process forked here is time before the tutor's first prompt (a fork and exec costs some 3 ms, as
# much as a tenth of the JVM's own start): the checks use bash itself where they can.
self="${BASH_SOURCE[0]}"
[ -L "$self" ] && self="$(readlink -f "$self")"
case "$self" in */*) here="${self%/*}" ;; *) here=. ;; esac
here="$(cd "$here" && pwd -P)"
jar="$here/target/smtp-tutor.jar"

fail() { printf 'smtp-tutor: %s\n' "$*" >&2; exit 1; }

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java_path="$(command -v "$java_bin" 2>/dev/null)" \
  || fail "Java 17 or newer is needed and was not found. Install it (Debian/Ubuntu: apt-get install openjdk-17-jdk) or set JAVA_HOME."

# The JDK's release file names its version without starting a JVM (a JVM start would double our start-up time).
if [ -n "${JAVA_HOME:-}" ] && [ -r "$JAVA_HOME/release" ]; then
  java_home="$JAVA_HOME"
else
  [ -L "$java_path" ] && java_path="$(readlink -f "$java_path")"
  java_home="${java_path%/bin/java}"
fi
java_version="" java_build=""
if [ -r "$java_home/release" ]; then
  while IFS='=' read -r key value; do
    value="${value#\"}"; value="${value%\"}"
    case "$key" in
      JAVA_VERSION) java_version="${value%%[!0-9]*}" ;;
      JAVA_RUNTIME_VERSION) java_build="$value" ;;
    esac
  done < "$java_home/release"
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
# linking some 2,500 classes from the jars; and, for the shell, the quick first-tier compiler only, on one thread.
# `serve` keeps the full JIT: a class of learners is a throughput job.
archive="$here/target/smtp-tutor.jsa"
jvm_id="$java_home ${java_build:-$java_version}"

archive_usable() {  # made for this jar and its libraries (not older than any) by this JDK
  local made_by="" library
  [ -s "$archive" ] && [ ! "$archive" -ot "$jar" ] && [ -r "$archive.jvm" ] && read -r made_by < "$archive.jvm"
  [ "$made_by" = "$jvm_id" ] || return 1
  # The JVM refuses (in silence) an archive made before any jar on the class path changed.
  for library in "$here"/target/lib/*.jar; do
    [ ! "$archive" -ot "$library" ] || return 1
  done
}

# Two training runs list the classes (in the learner's own terminal when util-linux script(1) is there to
# make one, and with input piped, as scripts and bench/startup run it), each with a lesson step so that the
# progress file is written and read back; the JVM dumps the archive from both lists. One runs in English,
# the other in Chinese: a translation's own code (the tables laid over the English ones, the
# fallback to English words, wide characters) is then in the archive too, whatever language the learner reads. All of it in a
# scratch folder beside the jar, the archive moved into place only once the JVM has accepted it: a
# half-written archive can crash the JVM that maps it. Any failure just leaves no archive.
make_archive() {
  local work
  work="$(mktemp -d "$here/target/cds.XXXXXX" 2>/dev/null)" || return 0
  mkdir -p "$work/home"
  printf 'Preparing a quicker start (once per build)...\n' >&2
  printf '/lesson 1\nEHLO training.example\n/quit\n' \
    | SMTP_TUTOR_HOME="$work/home" "$java_bin" -XX:DumpLoadedClassList="$work/piped.classlist" -jar "$jar" --lang zh >/dev/null 2>&1
  if script --version 2>/dev/null | grep -q util-linux && command -v timeout >/dev/null 2>&1; then
    printf '/quit\r' | SMTP_TUTOR_HOME="$work/home" timeout 60 script -qec \
      "'$java_bin' -XX:DumpLoadedClassList='$work/terminal.classlist' -jar '$jar' --lang en" /dev/null >/dev/null 2>&1
  fi
  # The union of the lists; a lambda line appears once per call site (two sites in one class can share a
  # line, and each archived lambda class serves one site), so it is kept as often as one list has it.
  awk 'FNR == 1 { delete here } { here[$0]++; if (here[$0] > kept[$0]) { kept[$0]++; print } }' \
    "$work"/*.classlist > "$work/all.classlist" 2>/dev/null
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
# One compiler thread, not two: on a two-core machine the second one takes CPU from the shell's own start.
# No shared-memory performance counters (the file jps and jstat read): their set-up is some 3 ms of every start.
[ "${1:-}" != "serve" ] && opts+=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData)
if [ "${1:-}" = "--print-java-options" ]; then printf '%s\n' "${opts[@]}"; exit 0; fi

exec "$java_bin" "${opts[@]}" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$jar" "$@"

# Shared by the bench/ scripts (sourced, not run): finding Java, building the jar, starting the
# simulator on a free loopback port and waiting for servers to greet. Callers set $name (for
# messages) and $work (a scratch directory they remove), and define nothing else these use.

bench_root="$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")"

fail() { printf '%s: %s\n' "$name" "$*" >&2; exit 2; }

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

require_java() {
  command -v "$java_bin" >/dev/null 2>&1 \
    || fail "Java 17 or newer is needed and was not found (Debian/Ubuntu: apt-get install openjdk-17-jdk)."
}

# The jar to measure, built the way run.sh builds it: when missing or older than the sources.
build_jar() {
  local jar="$bench_root/target/smtp-tutor.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$bench_root/pom.xml" "$bench_root/src/main" "$bench_root/lessons" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    command -v mvn >/dev/null 2>&1 || fail "Maven is needed to build the simulator (apt-get install maven)."
    printf 'Building smtp-tutor...\n' >&2
    (cd "$bench_root" && mvn -B -q -DskipTests package >&2) || fail "the build failed; see the messages above."
  fi
  printf '%s\n' "$jar"
}

# True when something on 127.0.0.1:$1 answers with a 220 greeting within a second.
greets() {
  timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && head -c 3 <&3' _ "$1" 2>/dev/null | grep -q '^220$'
}

# Waits (bounded, 10 s) until process $1 greets on port $2; false if the process died first.
await_greeting() {
  local pid="$1" port="$2" what="$3"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 1
    greets "$port" && return 0
    sleep 0.1
  done
  fail "$what did not greet on 127.0.0.1:$port within 10 seconds"
}

# Starts `serve` from jar $1 on a port it picks itself (--port 0, printed at start); sets sim_pid
# and sim_port. SMTP_TUTOR_JAVA_OPTS reaches the JVM, as with run.sh.
start_simulator() {
  "$java_bin" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$1" serve --port 0 --log none >"$work/sim.out" 2>&1 &
  sim_pid=$!
  sim_port=""
  for _ in $(seq 1 150); do
    sim_port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/sim.out")"
    [ -n "$sim_port" ] && break
    kill -0 "$sim_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$sim_port" ] || fail "the simulator did not start: $(cat "$work/sim.out")"
  await_greeting "$sim_pid" "$sim_port" "the simulator" || fail "the simulator exited: $(cat "$work/sim.out")"
}

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

# Starts `serve` from jar $1 on a port it picks itself (--port 0, printed at start); sets sim_pid (the
# JVM's), sim_port and sim_wrapper (script(1)'s pid in terminal mode, else empty). $2, the session log: none (the default: --log none), file (serve's default log,
# every line of every session, into $work/sim-file.out) or terminal (the same log into a pseudo-terminal
# that script(1) copies to $work/sim-terminal.out, as when a teacher watches it). SMTP_TUTOR_JAVA_OPTS
# reaches the JVM, as with run.sh.
start_simulator() {
  local jar="$1" log="${2:-none}" out
  out="$work/sim-$log.out"
  sim_wrapper=""
  case "$log" in
    none) "$java_bin" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$jar" serve --port 0 --log none >"$out" 2>&1 & sim_pid=$! ;;
    file) "$java_bin" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$jar" serve --port 0 >"$out" 2>&1 & sim_pid=$! ;;
    terminal)
      command -v script >/dev/null 2>&1 || fail "script(1) is needed for --log terminal (util-linux)"
      script -qfec "exec $(printf '%q ' "$java_bin" ${SMTP_TUTOR_JAVA_OPTS:-} -jar "$jar" serve --port 0)" /dev/null \
        >"$out" 2>&1 </dev/null &
      sim_wrapper=$!
      local wrapper=$sim_wrapper
      sim_pid=""
      for _ in $(seq 1 50); do
        sim_pid="$(pgrep -P "$wrapper" java || true)"
        [ -n "$sim_pid" ] && break
        sleep 0.1
      done
      [ -n "$sim_pid" ] || fail "the simulator did not start under script(1): $(cat "$out")"
      ;;
    *) fail "unknown log mode '$log' (none, file or terminal)" ;;
  esac
  sim_port=""
  for _ in $(seq 1 150); do
    sim_port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out" | head -1)"
    [ -n "$sim_port" ] && break
    kill -0 "$sim_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$sim_port" ] || fail "the simulator did not start: $(cat "$out")"
  await_greeting "$sim_pid" "$sim_port" "the simulator" || fail "the simulator exited: $(cat "$out")"
}

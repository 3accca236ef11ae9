# Shared by benchmarks/run and benchmarks/kill-test (sourced, not run): a copy of the provisioned
# server with the EAR deployed, its database, and starting, waiting for, killing and stopping it.
#
# The caller sets DB (h2|postgresql) and may set PORT_OFFSET (0), PG_VERSION/PG_CLUSTER (detected,
# else 15/main), PG_DB (irt_bench), EAR (the EAR to deploy, default ear/target/irt.ear: e.g. another
# build's, to compare) and SERVER_OPTS (extra server options, e.g. "-Dirt.db.url=…").

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
TARGET="$BENCH/target"
PORT_OFFSET="${PORT_OFFSET:-0}"
HTTP_PORT=$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))
BASE="http://127.0.0.1:$HTTP_PORT"
SERVER="$TARGET/server-$DB"
DATA="$TARGET/$DB"
PG_DB="${PG_DB:-irt_bench}"
EAR="${EAR:-$ROOT/ear/target/irt.ear}"
PIDFILE="$TARGET/server-$DB.pid"
CONSOLE="$TARGET/server-$DB.console.log"
SERVER_PID=""
DB_PROPS=()

say() { echo "[$(basename "$0") $(date +%H:%M:%S)] $*" >&2; }

# The EAR and the provisioned server (built only if the EAR is missing), and free ports.
require_build() {
  if [[ ! -f "$ROOT/ear/target/irt.ear" ]]; then
    say "ear/target/irt.ear missing: building (./mvnw -B -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
  if [[ ! -x "$ROOT/ear/target/server/bin/standalone.sh" ]]; then
    say "ear/target/server is not a provisioned server; run ./mvnw -DskipTests package" >&2
    exit 1
  fi
  for port in "$HTTP_PORT" "$MGMT_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      say "port $port is already in use: choose another PORT_OFFSET" >&2
      exit 1
    fi
  done
}

as_postgres() {
  if command -v sudo >/dev/null 2>&1 && sudo -n -u postgres true 2>/dev/null; then
    sudo -n -u postgres "$@"
  else
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  fi
}

# A fresh database: the H2 data dir is emptied by copy_server; on PostgreSQL the database PG_DB is
# dropped and recreated (role irt/irt) on 127.0.0.1:5432. Sets DB_PROPS for start_server.
fresh_database() {
  [[ "$DB" == postgresql ]] || return 0
  PG_VERSION="${PG_VERSION:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)}"
  PG_VERSION="${PG_VERSION:-15}"
  PG_CLUSTER="${PG_CLUSTER:-main}"
  if ! pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
    say "starting PostgreSQL $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  fi
  for _ in $(seq 1 30); do
    as_postgres psql -qAtc 'select 1' >/dev/null 2>&1 && break
    sleep 1
  done
  if [[ "$(as_postgres psql -qAtc "select 1 from pg_roles where rolname = 'irt'")" != 1 ]]; then
    say "creating role irt"
    as_postgres psql -q -v ON_ERROR_STOP=1 -c "create role irt login password 'irt'"
  fi
  say "recreating database $PG_DB"
  as_postgres psql -q -v ON_ERROR_STOP=1 -c "drop database if exists $PG_DB with (force)"
  as_postgres psql -q -v ON_ERROR_STOP=1 -c "create database $PG_DB owner irt"
  DB_PROPS=(
    -Dirt.db.driver=postgresql
    "-Dirt.db.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB"
    -Dirt.db.user=irt
    -Dirt.db.password=irt
  )
}

# A copy of the provisioned server with the EAR deployed, so the build's server stays clean. The
# copy's configuration loses any <deployments> that `wildfly:run` persisted into the build's
# standalone.xml (the README's run command does): with the EAR also in deployments/, the copy would
# fail to boot on "Duplicate resource irt.ear".
copy_server() {
  say "copying ear/target/server to ${SERVER#"$ROOT/"}"
  rm -rf "$SERVER" "$DATA"
  mkdir -p "$SERVER" "$DATA"
  : >"$CONSOLE"
  tar -C "$ROOT/ear/target/server" \
    --exclude=./standalone/data --exclude=./standalone/log --exclude=./standalone/tmp \
    --exclude='./standalone/deployments/*' \
    --exclude=./standalone/configuration/standalone_xml_history \
    -cf - . | tar -C "$SERVER" -xf -
  sed -i '/<deployments>/,/<\/deployments>/d' "$SERVER/standalone/configuration/standalone.xml"
  # Copy the EAR next to the scanner's folder, check it is whole (a build may be writing it), then
  # move it in.
  for attempt in 1 2 3 4 5; do
    cp "$EAR" "$SERVER/standalone/irt.ear.part"
    if cmp -s "$EAR" "$SERVER/standalone/irt.ear.part" \
      && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$SERVER/standalone/irt.ear.part" >/dev/null 2>&1; then
      break
    fi
    say "irt.ear is changing (a build?); retrying in 30 s ($attempt/5)"
    sleep 30
    [[ $attempt == 5 ]] && { say "could not copy a whole irt.ear" >&2; exit 1; }
  done
  mv "$SERVER/standalone/irt.ear.part" "$SERVER/standalone/deployments/irt.ear"
}

# shellcheck disable=SC2086
# Starts the copy on the data dir DATA (-Xmx1g) and waits for GET /login.xhtml to answer 200 (300 s
# at most). The console is appended to, so a restart keeps the first run's lines.
start_server() {
  say "starting WildFly ($DB) on $BASE, console in ${CONSOLE#"$ROOT/"}"
  rm -f "$PIDFILE"
  JBOSS_PIDFILE="$PIDFILE" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_JAVA_SIZING="-Xms256m -Xmx1g" \
    "$SERVER/bin/standalone.sh" \
    "-Djboss.socket.binding.port-offset=$PORT_OFFSET" \
    "-Dirt.data.dir=$DATA" \
    "${DB_PROPS[@]}" \
    ${SERVER_OPTS:-} \
    >>"$CONSOLE" 2>&1 </dev/null &
  SERVER_PID=$!

  say "waiting for $BASE/login.xhtml (300 s at most)"
  local deadline=$((SECONDS + 300))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/login.xhtml" 2>/dev/null || true)" == 200 ]]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      say "the server exited; last lines of its console:" >&2
      tail -n 40 "$CONSOLE" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      say "the server did not answer 200 on /login.xhtml within 300 s; last lines of its console:" >&2
      tail -n 40 "$CONSOLE" >&2
      exit 1
    fi
    sleep 2
  done
  if grep -q 'WFLYSRV0026\|WFLYSRV0025' "$CONSOLE"; then
    say "server up: $(grep -o 'WFLYSRV002[56].*started in [0-9]*ms' "$CONSOLE" | tail -n1 | sed 's/ - .*//')"
  fi
}

# The server's JVM (standalone.sh writes its pid to JBOSS_PIDFILE).
server_jvm() {
  [[ -f "$PIDFILE" ]] && cat "$PIDFILE" 2>/dev/null || true
}

# kill -9 of the server's JVM: no shutdown hook, no H2 close, as in a crash.
kill_server() {
  local pid
  pid="$(server_jvm)"
  [[ -n "$pid" ]] || { say "no server pid in $PIDFILE" >&2; exit 1; }
  say "kill -9 of the server (pid $pid)"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  if [[ -n "$SERVER_PID" ]]; then
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
  rm -f "$PIDFILE"
}

stop_server() {
  local pid
  pid="$(server_jvm)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    say "stopping the server (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      say "server still running after 60 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
}

# Compiles the benchmark's Java sources (JDK only) into TARGET/classes.
compile_clients() {
  mkdir -p "$TARGET/classes"
  "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -nowarn -d "$TARGET/classes" "$BENCH"/*.java
}

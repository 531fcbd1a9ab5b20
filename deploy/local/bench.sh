#!/usr/bin/env bash
# Issue 9's benchmarks in one go: `bench.sh all` (re)starts the local distributed mode (write limits lifted), measures
# every row side by side in this run and prints one table of ratios at the end (also written to
# deploy/local/run/bench/results.md). `bench.sh ROW...` runs some rows only:
#   p1 | catalogue   gateway ÷ direct req/s for a matter lookup, next to nginx ÷ direct
#                    (../shared/bench/nginx-proxy.conf, nginx installed from Debian's packages when missing)
#   p2 | intake      accept+complete cases/s ÷ the pgbench case-ceiling.sql cases/s; event lag at that load and at half
#   p3               MassTransit ÷ RabbitMQ.Client consume rate, same messages, same broker, same prefetch
#   p4               supervision metrics ÷ a raw SQL aggregate of the same figures over CASES cases (private PostgreSQL)
#   p5               disclosure annual report ÷ a raw SQL GROUP BY over REQUESTS requests (private PostgreSQL)
#   p6               standalone host (published ReadyToRun): cold start to ready, restart, idle RSS after 20 s
#   imports          IMPORT_ROWS historical cases until supervision counted them, standalone host, distributed
# Sizes (environment): WORKERS=32 (p1) INTAKE_WORKERS=16 SECONDS_PER_RUN=10 PGBENCH_SECONDS=10 MESSAGES=100000
# MESSAGE_BYTES=1024 PREFETCH (default: MassTransit's) CASES=1000000 REQUESTS=1000000 IMPORT_ROWS="3000 100000"
# IMPORT_TIMEOUT=300 IDLE_SECONDS=20. NGINX_PORT=18090 STANDALONE_PORT=18100. KEEP_RUNNING=1 leaves the distributed
# mode up afterwards (stop it with deploy/local/down.sh).
set -euo pipefail
source "$(dirname "$0")/env.sh"
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
BENCH_DIR="$RUN/bench"
export BENCH_ROWS="$BENCH_DIR/rows.md"
export SkipPortalBuild=true # MSBuild reads it as a property: the benchmarks need no web portal
NGINX_PORT=${NGINX_PORT:-18090}
STANDALONE_PORT=${STANDALONE_PORT:-18100}
CATALOGUE_PORT=5101
PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
BENCH_DLL="$ROOT/tests/Platform.Benchmarks/bin/Release/net10.0/Platform.Benchmarks.dll"

rows=("$@")
[ ${#rows[@]} -eq 0 ] || [ "${rows[0]}" = all ] && rows=(p1 p2 p3 p4 p5 p6 imports)
for i in "${!rows[@]}"; do
  case "${rows[$i]}" in
    catalogue) rows[i]=p1 ;; intake) rows[i]=p2 ;;
    p1|p2|p3|p4|p5|p6|imports) ;;
    *) echo "unknown row '${rows[$i]}': all, p1..p6 (catalogue = p1, intake = p2) or imports" >&2; exit 2 ;;
  esac
done
wants() { [[ " ${rows[*]} " == *" $1 "* ]]; }
mkdir -p "$BENCH_DIR"
: > "$BENCH_ROWS"
bench() { dotnet "$BENCH_DLL" "$@"; }
psql_pg() { PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres \
  -v ON_ERROR_STOP=1 -q "$@"; }
scratch_db() { # name: a fresh, empty database on the private PostgreSQL
  psql_pg -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
}
row() { # row figures ratio target met: a row measured here (not by the benchmarks program)
  local line="| $1 | $2 | $3 | $4 | $5 |"
  echo "ROW $line"; echo "$line" >> "$BENCH_ROWS"
}
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'; }
cleanup() {
  if [ "${distributed:-0}" = 1 ] && [ "${KEEP_RUNNING:-0}" != 1 ]; then "$ROOT/deploy/local/down.sh" >/dev/null; fi
}
trap cleanup EXIT

# --- P1: nginx, a plain reverse proxy in front of the catalogue, next to the gateway ---
NGINX_DIR="$BENCH_DIR/nginx"
start_nginx() {
  if ! command -v nginx >/dev/null; then
    echo "Installing nginx from Debian's packages (its system service is not started or enabled)..."
    RUNLEVEL=1 apt-get install -y -q nginx >/dev/null \
      || { apt-get update -q >/dev/null; RUNLEVEL=1 apt-get install -y -q nginx >/dev/null; }
    systemctl disable nginx >/dev/null 2>&1 || true
  fi
  mkdir -p "$NGINX_DIR"
  sed -e "s/server 127.0.0.1:[0-9]*;/server 127.0.0.1:$CATALOGUE_PORT;/" \
    -e "s/listen 127.0.0.1:[0-9]*;/listen 127.0.0.1:$NGINX_PORT;/" \
    "$SHARED_BENCH/nginx-proxy.conf" > "$NGINX_DIR/nginx.conf"
  nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/"
  nginx_started=1
}
stop_nginx() {
  [ "${nginx_started:-0}" = 1 ] || return 0
  nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/" -s quit || true
  nginx_started=0
}
p1() {
  start_nginx
  bench catalogue "http://localhost:$GATEWAY_PORT" "http://127.0.0.1:$CATALOGUE_PORT" "${WORKERS:-32}" \
    "${SECONDS_PER_RUN:-10}" "http://127.0.0.1:$NGINX_PORT"
  stop_nginx
}

# --- P2: the database's own ceiling for a case (pgbench), then the platform's accept+complete ---
p2() {
  scratch_db bench_ceiling
  psql_pg -d bench_ceiling -f "$SHARED_BENCH/case-ceiling-setup.sql" >/dev/null
  local seconds=${PGBENCH_SECONDS:-10} tps
  echo "pgbench: case-ceiling.sql, 16 clients, 2 threads, $seconds s..."
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c 16 -j 2 -T "$seconds" \
    -f "$SHARED_BENCH/case-ceiling.sql" bench_ceiling > "$BENCH_DIR/pgbench.log" 2>&1
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$BENCH_DIR/pgbench.log" | head -1)
  echo "pgbench: $tps cases/s (one transaction of the script = the four commits of one case)"
  psql_pg -d postgres -c "DROP DATABASE bench_ceiling WITH (FORCE)"
  bench intake "http://localhost:$GATEWAY_PORT" "${INTAKE_WORKERS:-16}" "${SECONDS_PER_RUN:-10}" "$tps"
}

p3() {
  bench messaging "amqp://guest:guest@127.0.0.1:$AMQP_PORT/" "${MESSAGES:-100000}" "${MESSAGE_BYTES:-1024}" \
    "${PREFETCH:-}"
}

p4() {
  scratch_db bench_supervision
  bench supervision "${CASES:-1000000}" "$PG;Database=bench_supervision"
  psql_pg -d postgres -c "DROP DATABASE bench_supervision WITH (FORCE)"
}

p5() {
  scratch_db bench_disclosure
  bench disclosure "${REQUESTS:-1000000}" "$PG;Database=bench_disclosure"
  psql_pg -d postgres -c "DROP DATABASE bench_disclosure WITH (FORCE)"
}

# --- P6 and the standalone imports: the published standalone host (as README's cold start paragraph) ---
STANDALONE_DIR="$BENCH_DIR/standalone"
publish_standalone() { # once per run (the marker names this run)
  [ -f "$STANDALONE_DIR/published-$$" ] && return 0
  rm -f "$STANDALONE_DIR"/published-*
  echo "Publishing the standalone host (Release, linux-x64, ReadyToRun)..."
  dotnet publish "$ROOT/deploy/Platform.Standalone" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -p:SkipPortalBuild=true -nologo -clp:ErrorsOnly -o "$STANDALONE_DIR/app"
  touch "$STANDALONE_DIR/published-$$"
}
start_standalone() { # data-folder: starts the host, waits for ready, sets standalone_pid and ready_seconds
  local data=$1 start
  mkdir -p "$data"
  start=$(date +%s.%N)
  (cd "$STANDALONE_DIR/app" && exec env Database__DataDirectory="$data" Auth__SigningKeyFile="$data/key" \
    Urls="http://127.0.0.1:$STANDALONE_PORT" ./Platform.Standalone) >>"$STANDALONE_DIR/standalone.log" 2>&1 &
  standalone_pid=$!
  until curl -fs -m 1 -o /dev/null "http://127.0.0.1:$STANDALONE_PORT/health/ready"; do
    if ! kill -0 "$standalone_pid" 2>/dev/null; then
      echo "the standalone host exited; see $STANDALONE_DIR/standalone.log" >&2; return 1
    fi
    sleep 0.05
  done
  ready_seconds=$(seconds_since "$start")
}
stop_standalone() {
  [ -n "${standalone_pid:-}" ] || return 0
  kill "$standalone_pid" 2>/dev/null || true
  wait "$standalone_pid" 2>/dev/null || true
  standalone_pid=
}
p6() {
  publish_standalone
  rm -rf "$STANDALONE_DIR/data"
  start_standalone "$STANDALONE_DIR/data"
  local first=$ready_seconds rss_first rss restart
  sleep "${IDLE_SECONDS:-20}"
  rss_first=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$standalone_pid/status")
  stop_standalone
  start_standalone "$STANDALONE_DIR/data"
  restart=$ready_seconds
  sleep "${IDLE_SECONDS:-20}"
  rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$standalone_pid/status")
  stop_standalone
  echo "standalone: first start (demo data loaded) ready after $first s, restart after $restart s;" \
    "idle RSS after ${IDLE_SECONDS:-20} s: $rss_first MiB (first start), $rss MiB (restart)"
  local worst worst_rss met
  worst=$(awk -v a="$first" -v b="$restart" 'BEGIN { print (a > b ? a : b) }')
  worst_rss=$(( rss_first > rss ? rss_first : rss ))
  met=$(awk -v s="$worst" -v m="$worst_rss" 'BEGIN { print (s <= 3 && m <= 250 ? "met" : "not met") }')
  row "P6 standalone cold start, idle RSS" \
    "first start (demo data) $first s, restart $restart s; idle RSS $rss_first / $rss MiB (ReadyToRun publish)" \
    "$(awk -v s="$worst" -v m="$worst_rss" 'BEGIN { printf "%.2f / %.2f", s / 3, m / 250 }')" \
    "≤ 3 s and ≤ 250 MB (ratio = s ÷ 3 s / MiB ÷ 250)" "$met"
}

imports() {
  local rows_count
  publish_standalone
  rm -rf "$STANDALONE_DIR/imports-data"
  start_standalone "$STANDALONE_DIR/imports-data"
  sleep "${IDLE_SECONDS:-20}" # the first start's demo data counted before the import's clock starts
  for rows_count in ${IMPORT_ROWS:-3000 100000}; do
    bench import-cases "http://127.0.0.1:$STANDALONE_PORT" "$rows_count" "${IMPORT_TIMEOUT:-300}" standalone
  done
  stop_standalone
  for rows_count in ${IMPORT_ROWS:-3000 100000}; do
    bench import-cases "http://localhost:$GATEWAY_PORT" "$rows_count" "${IMPORT_TIMEOUT:-300}" distributed
  done
}

# --- the run ---
echo "Building the benchmarks..."
dotnet build -c Release -nologo -clp:ErrorsOnly "$ROOT/tests/Platform.Benchmarks"
if wants p1 || wants p2 || wants p3 || wants p4 || wants p5 || wants imports; then
  # A fresh start with the per-user write limit lifted: one benchmark user sends far more than a person would.
  "$ROOT/deploy/local/down.sh" >/dev/null
  distributed=1
  WRITES_PER_MINUTE=100000000 "$ROOT/deploy/local/up.sh"
fi
started=$(date -u +'%Y-%m-%d %H:%M UTC')
failed=()
for name in "${rows[@]}"; do
  echo; echo "=== $name ==="
  # Each row in a subshell that stops at its first failure and stops what it started; the next row still runs.
  set +e
  (set -e; trap 'stop_nginx; stop_standalone' EXIT; "$name")
  status=$?
  set -e
  [ "$status" = 0 ] || { echo "$name FAILED (exit $status)"; failed+=("$name"); }
done

table=$(cat <<EOF
| row | measured side by side in this run | ratio | target (issue 9) | met? |
|---|---|---|---|---|
$(cat "$BENCH_ROWS")
EOF
)
{
  echo "Run of $started: \`deploy/local/bench.sh ${*:-all}\` on $(nproc) cores" \
    "($(awk '{ print "load average " $1 " " $2 " " $3 }' /proc/loadavg) at the end)."
  echo "Sizes: WORKERS=${WORKERS:-32} INTAKE_WORKERS=${INTAKE_WORKERS:-16} SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}" \
    "PGBENCH_SECONDS=${PGBENCH_SECONDS:-10} MESSAGES=${MESSAGES:-100000} MESSAGE_BYTES=${MESSAGE_BYTES:-1024}" \
    "CASES=${CASES:-1000000} REQUESTS=${REQUESTS:-1000000} IMPORT_ROWS=\"${IMPORT_ROWS:-3000 100000}\"."
  [ ${#failed[@]} -eq 0 ] || echo "Failed rows (see the output above): ${failed[*]}."
  echo
  echo "$table"
} > "$BENCH_DIR/results.md"
echo; cat "$BENCH_DIR/results.md"; echo; echo "(written to $BENCH_DIR/results.md)"
[ ${#failed[@]} -eq 0 ]

#!/usr/bin/env bash
# Fault harness of the distributed mode (security issue 17). Starts the hall with deploy/local/up.sh (the per-user
# write limit lifted), then, phase by phase, runs the intake load (accept + complete through the gateway,
# `Platform.Benchmarks intake-load`) and applies one fault during it:
#   none                 no fault: the control row
#   kill-<service>       kill -9 of catalogue, intake, approval, bidding, disclosure, supervision or gateway, restarted
#                        DOWN_SECONDS later with the command and environment up.sh gives it (processes.sh)
#   kill-rabbitmq        kill -9 of the broker's beam process, restarted DOWN_SECONDS later
#   restart-postgres     pg_ctl restart -m fast
#   stop-redis           Redis shut down for REDIS_DOWN_SECONDS, then started again
# After each fault it stops the load, waits for quiet (intake's outbox empty and supervision's reconciliation back to
# what it said before the phase, at most QUIET_TIMEOUT s), compares intake with supervision (and supervision's live
# counters with its read model) and prints a row; the markdown table of every phase comes last (also written to
# deploy/local/run/chaos/results.md). The hall is left running: deploy/local/down.sh stops it.
#
# Settings (environment):
#   FAULTS="kill-intake stop-redis"  a subset, in that order (default: all of the above, `none` first)
#   LOAD_WORKERS (8)        concurrent windows of the load
#   LOAD_SECONDS (20)       load per phase at least; it also runs until the first accept after the fault
#   FAULT_AFTER (5)         seconds of load before the fault
#   DOWN_SECONDS (2)        how long a killed process stays down
#   REDIS_DOWN_SECONDS (30) how long Redis stays down
#   QUIET_TIMEOUT (120)     seconds to wait for reconciliation after the load stopped
#   LIVE_TIMEOUT (45)       seconds to wait, after that, for the live counters to agree with the read model
#   START=restart           down.sh then up.sh (data kept); `fresh` also deletes deploy/local/run first;
#                           `reuse` takes the running hall as it is (started with WRITES_PER_MINUTE lifted)
set -euo pipefail
source "$(dirname "$0")/env.sh"
source "$(dirname "$0")/processes.sh"

ALL_FAULTS="none kill-catalogue kill-intake kill-approval kill-bidding kill-disclosure kill-supervision kill-gateway
  kill-rabbitmq restart-postgres stop-redis"
FAULTS=${FAULTS:-$ALL_FAULTS}
LOAD_WORKERS=${LOAD_WORKERS:-8}
LOAD_SECONDS=${LOAD_SECONDS:-20}
FAULT_AFTER=${FAULT_AFTER:-5}
DOWN_SECONDS=${DOWN_SECONDS:-2}
REDIS_DOWN_SECONDS=${REDIS_DOWN_SECONDS:-30}
QUIET_TIMEOUT=${QUIET_TIMEOUT:-120}
LIVE_TIMEOUT=${LIVE_TIMEOUT:-45}
START=${START:-restart}
export WRITES_PER_MINUTE=100000000 # one load user sends far more than a person would
GATEWAY="http://localhost:$GATEWAY_PORT"
OUT="$RUN/chaos"
BENCH_DLL="$ROOT/tests/Platform.Benchmarks/bin/Release/net10.0/Platform.Benchmarks.dll"
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -A -t -v ON_ERROR_STOP=1)

say() { printf '[chaos %s] %s\n' "$(date +%T)" "$*"; }
die() { printf '[chaos %s] ERROR: %s\n' "$(date +%T)" "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

for fault in $FAULTS; do
  case $fault in
    none | kill-rabbitmq | restart-postgres | stop-redis) ;;
    kill-*) service_port "${fault#kill-}" >/dev/null || die "unknown fault '$fault'" ;;
    *) die "unknown fault '$fault' (known: $(echo $ALL_FAULTS))" ;;
  esac
done
for tool in curl jq psql redis-cli awk; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done

# --- the load -------------------------------------------------------------------------------------------------------
LOAD_PID=""
IN_FAULT=""
cleanup() {
  local status=$?
  if [ -n "$LOAD_PID" ] && kill -0 "$LOAD_PID" 2>/dev/null; then
    say "stopping the load (pid $LOAD_PID)"
    kill -TERM "$LOAD_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$LOAD_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$LOAD_PID" 2>/dev/null || true
  fi
  if [ $status -ne 0 ]; then
    [ -z "$IN_FAULT" ] || say "aborted during the fault $IN_FAULT: what it stopped may still be down"
    say "aborted (exit $status); the hall is still running (deploy/local/down.sh stops it)"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_load() { # phase
  rm -f "$OUT/$1.stop" "$OUT/$1.timeline"
  : > "$OUT/$1.timeline"
  # At most 10 minutes; stopped through the stop file.
  dotnet "$BENCH_DLL" intake-load "$GATEWAY" "$LOAD_WORKERS" 600 "$OUT/$1.timeline" "$OUT/$1.stop" \
    >"$OUT/$1.load.log" 2>&1 &
  LOAD_PID=$!
  for _ in $(seq 1 900); do
    [ -s "$OUT/$1.timeline" ] && return 0
    kill -0 "$LOAD_PID" 2>/dev/null || { cat "$OUT/$1.load.log" >&2; die "the load stopped before its first answer"; }
    sleep 0.1
  done
  cat "$OUT/$1.load.log" >&2; die "the load had no answer within 90 s"
}

stop_load() { # phase
  touch "$OUT/$1.stop"
  for _ in $(seq 1 300); do kill -0 "$LOAD_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$LOAD_PID" 2>/dev/null; then
    say "the load did not stop within 30 s of its stop file; terminating it"
    kill -TERM "$LOAD_PID" 2>/dev/null || true; sleep 2; kill -9 "$LOAD_PID" 2>/dev/null || true
  fi
  wait "$LOAD_PID" 2>/dev/null || say "the load exited with an error (see $OUT/$1.load.log)"
  LOAD_PID=""
}

first_accept_after() { # timeline ms -> epoch ms of the first successful accept answered at or after ms, or nothing
  awk -v t="$2" '$2 == "accept" && $3 >= 200 && $3 < 300 && $1 >= t { if (m == "" || $1 < m) m = $1 } END { print m }' "$1"
}

# --- the hall's answers ---------------------------------------------------------------------------------------------
TOKEN=""
sign_in() {
  TOKEN=$(curl -fs -m 10 -X POST "$GATEWAY/api/auth/token" -H 'content-type: application/json' \
    -d '{"username":"supervisor01","password":"Hall-demo-2026"}' | jq -r .accessToken) || TOKEN=""
  [ -n "$TOKEN" ] && [ "$TOKEN" != null ]
}
supervision_get() { # path -> body on stdout; fails unless 2xx
  local body status
  [ -n "$TOKEN" ] || sign_in || return 1
  body=$(curl -s -m 20 -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" "$GATEWAY$1") || return 1
  status=${body##*$'\n'}
  if [ "$status" = 401 ]; then TOKEN=""; return 1; fi
  [ "${status:0:1}" = 2 ] || return 1
  printf '%s\n' "${body%$'\n'*}"
}
hall_today() { date -u -d '+8 hours' +%F; } # the hall's date (Asia/Shanghai)
reconciliation() { # -> "intakeAccepted supervisionAccepted intakeCompleted supervisionCompleted balanced"
  local day; day=$(hall_today)
  supervision_get "/api/supervision/reconciliation?from=$day&to=$day" |
    jq -er '"\(.intakeAccepted) \(.supervisionAccepted) \(.intakeCompleted) \(.supervisionCompleted) \(.balanced)"'
}
live_counts() { supervision_get /api/supervision/live | jq -er '"\(.accepted) \(.completed)"'; }
sql() { "${PSQL[@]}" -d "$1" -c "$2"; }
outbox_pending() { sql intake "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"; }

all_ready() {
  local entry
  for entry in "${SERVICES[@]}" gateway; do wait_ready "${entry%%:*}" 90 || return 1; done
}

# --- the faults -----------------------------------------------------------------------------------------------------
wait_gone() { # pid seconds
  for _ in $(seq 1 $(($2 * 10))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}
rabbit_pid() { # the beam process of the private node (its pid file, checked against the process's node name)
  local pid; pid=$(cat "$RUN/rabbitmq/rabbit.pid" 2>/dev/null) || return 0
  if [[ $(ps -o comm= -p "$pid" 2>/dev/null) == beam* ]] &&
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "RABBITMQ_NODENAME=$RABBIT_NODE"; then
    echo "$pid"
  fi
}

# Applies the fault; sets FAULT_DETAIL. Returns when the fault is over (the process or server started again).
apply_fault() { # fault
  local pid name
  FAULT_DETAIL=""
  case $1 in
    none) ;;
    kill-rabbitmq)
      pid=$(rabbit_pid); [ -n "$pid" ] || die "no beam process of $RABBIT_NODE"
      kill -9 "$pid"; wait_gone "$pid" 10 || die "beam $pid survived kill -9"
      FAULT_DETAIL="beam pid $pid killed"
      sleep "$DOWN_SECONDS"
      start_rabbitmq ;;
    restart-postgres)
      restart_postgres || die "pg_ctl restart failed; see $RUN/logs/pg_ctl.log" ;;
    stop-redis)
      redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
      for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null || break; sleep 0.1; done
      sleep "$REDIS_DOWN_SECONDS"
      start_redis ;;
    kill-*)
      name=${1#kill-}
      pid=$(cat "$RUN/pids/$name.pid" 2>/dev/null) || die "no pid file of $name"
      kill -0 "$pid" 2>/dev/null || die "$name (pid $pid) is not running before its fault"
      kill -9 "$pid"; wait_gone "$pid" 10 || die "$name (pid $pid) survived kill -9"
      FAULT_DETAIL="pid $pid killed"
      sleep "$DOWN_SECONDS"
      start_service "$name" ;;
  esac
}

# After the fault: until the restarted process or server answers again; prints how long that took (s).
wait_back() { # fault fault-end-ms
  case $1 in
    none) echo "-"; return 0 ;;
    kill-rabbitmq) wait_port rabbitmq "$AMQP_PORT" 120 >&2 || die "RabbitMQ did not come back" ;;
    restart-postgres) ;;
    stop-redis) wait_port redis "$REDIS_PORT" 30 >&2 || die "Redis did not come back" ;;
    kill-*) wait_ready "${1#kill-}" 120 >&2 || die "${1#kill-} did not come back" ;;
  esac
  seconds_between "$2" "$(now_ms)"
}

# --- start ----------------------------------------------------------------------------------------------------------
case $START in
  fresh | restart)
    "$ROOT/deploy/local/down.sh" >/dev/null
    if [ "$START" = fresh ]; then say "deleting $RUN"; rm -rf "$RUN"; fi
    say "starting the hall (deploy/local/up.sh)"
    "$ROOT/deploy/local/up.sh" ;;
  reuse)
    say "using the running hall"
    all_ready || die "the hall is not running (START=restart starts it)"
    [ -f "$BENCH_DLL" ] || dotnet build "$ROOT/tests/Platform.Benchmarks" -c Release -nologo -clp:ErrorsOnly ;;
  *) die "START is fresh, restart or reuse" ;;
esac
mkdir -p "$OUT"
sign_in || die "supervisor01 could not sign in"
ROWS=()
DETAILS=()

run_phase() { # fault
  local fault=$1 r0 r1 ia0 sa0 ic0 sc0 ia1 sa1 ic1 sc1 balanced load_start fault_start fault_end back
  local until first load_stop quiet_at pending live lost doubled dup fivexx noanswer other resent agree
  local reconciled_after accept_after lost_cases la lc lostc doubledc phase_start_utc
  say "== $fault =="
  r0=$(reconciliation) || { sleep 5; r0=$(reconciliation); } || die "no reconciliation before $fault"
  read -r ia0 sa0 ic0 sc0 _ <<<"$r0"
  phase_start_utc="$(date -u '+%F %T.%3N')+00"

  start_load "$fault"
  load_start=$(now_ms)
  sleep "$FAULT_AFTER"
  fault_start=$(now_ms)
  say "applying $fault"
  IN_FAULT=$fault
  apply_fault "$fault"
  IN_FAULT=""
  fault_end=$(now_ms)
  back=$(wait_back "$fault" "$fault_end")
  say "fault over after $(seconds_between "$fault_start" "$fault_end") s ${FAULT_DETAIL:+($FAULT_DETAIL) }- back after $back s"

  # The load goes on for LOAD_SECONDS in all, at least 5 s after the fault, and until an accept succeeded again
  # (at most 90 s after the fault).
  until=$((load_start + LOAD_SECONDS * 1000)); [ $until -ge $((fault_end + 5000)) ] || until=$((fault_end + 5000))
  while :; do
    first=$(first_accept_after "$OUT/$fault.timeline" "$fault_end")
    if [ "$(now_ms)" -ge $until ] && [ -n "$first" ]; then break; fi
    if [ "$(now_ms)" -ge $((fault_end + 90000)) ]; then say "no successful accept within 90 s of the fault's end"; break; fi
    kill -0 "$LOAD_PID" 2>/dev/null || { say "the load stopped by itself (see $OUT/$fault.load.log)"; break; }
    sleep 0.5
  done
  stop_load "$fault"
  load_stop=$(now_ms)
  say "load: $(grep -E '^(accept|complete):' "$OUT/$fault.load.log" | paste -sd ';' | sed 's/;/; /')"

  # Quiet: intake's outbox relayed, supervision's counts moved as much as intake's since the phase began.
  quiet_at=""
  while [ "$(now_ms)" -lt $((load_stop + QUIET_TIMEOUT * 1000)) ]; do
    if pending=$(outbox_pending 2>/dev/null) && [ "$pending" = 0 ] && r1=$(reconciliation 2>/dev/null); then
      read -r ia1 sa1 ic1 sc1 balanced <<<"$r1"
      if [ $((ia1 - sa1)) -eq $((ia0 - sa0)) ] && [ $((ic1 - sc1)) -eq $((ic0 - sc0)) ]; then quiet_at=$(now_ms); break; fi
    fi
    sleep 1
  done
  r1=$(reconciliation) || { sleep 5; r1=$(reconciliation); } || die "no reconciliation after $fault"
  read -r ia1 sa1 ic1 sc1 balanced <<<"$r1"
  pending=$(outbox_pending || echo "?")
  all_ready || die "not every process is ready after $fault"

  # Lost and doubled, from the reconciliation's change over the phase (what the phase added at intake and at
  # supervision), plus duplicate case numbers in supervision's read model.
  lost=$(( (ia1 - ia0) - (sa1 - sa0) )); [ $lost -gt 0 ] || lost=0
  lostc=$(( (ic1 - ic0) - (sc1 - sc0) )); [ $lostc -gt 0 ] || lostc=0
  doubled=$(( (sa1 - sa0) - (ia1 - ia0) )); [ $doubled -gt 0 ] || doubled=0
  doubledc=$(( (sc1 - sc0) - (ic1 - ic0) )); [ $doubledc -gt 0 ] || doubledc=0
  dup=$(sql supervision 'SELECT count(*) - count(DISTINCT "CaseNo") FROM cases')
  resent=$(sql intake "SELECT count(*) FROM outbox_messages WHERE created_at >= '$phase_start_utc' AND attempts > 0")
  # Case numbers accepted today at intake that supervision does not know (all phases so far).
  lost_cases=$(comm -23 \
    <(sql intake "SELECT \"CaseNo\" FROM cases WHERE \"AcceptedDate\" = '$(hall_today)' ORDER BY 1" | LC_ALL=C sort) \
    <(sql supervision "SELECT \"CaseNo\" FROM cases WHERE \"AcceptedDate\" = '$(hall_today)' ORDER BY 1" | LC_ALL=C sort) |
    head -5 | paste -sd ' ')

  fivexx=$(awk '$3 >= 500 { n++; c[$3]++ } END { s = n + 0; sep = " ("; for (k in c) { s = s sep k "x" c[k]; sep = ", " }
    if (n) s = s ")"; print s }' "$OUT/$fault.timeline")
  noanswer=$(awk '$3 == 0 { n++ } END { print n + 0 }' "$OUT/$fault.timeline")
  other=$(awk '$3 >= 300 && $3 < 500 { n++; c[$3]++ } END { s = n + 0; sep = " ("; for (k in c) { s = s sep k "x" c[k]; sep = ", " }
    if (n) s = s ")"; print s }' "$OUT/$fault.timeline")
  first=$(first_accept_after "$OUT/$fault.timeline" "$fault_end")
  accept_after=$([ -n "$first" ] && seconds_between "$fault_end" "$first" || echo "none")
  reconciled_after=$([ -n "$quiet_at" ] && seconds_between "$fault_end" "$quiet_at" || echo "not within ${QUIET_TIMEOUT} s")
  # The live counters are a cache the periodic check corrects (two checks 10 s apart that see the same difference):
  # wait up to LIVE_TIMEOUT s for them to agree, and say how long it took.
  agree="no answer"
  local live_start=$SECONDS
  while live=$(live_counts); do
    read -r la lc <<<"$live"
    if [ "$la" = "$sa1" ] && [ "$lc" = "$sc1" ]; then
      agree=$([ $((SECONDS - live_start)) -eq 0 ] && echo "yes" || echo "yes, after $((SECONDS - live_start)) s")
      break
    fi
    agree=$(printf '**no**: live %s / %s (%+d / %+d)' "$la" "$lc" $((la - sa1)) $((lc - sc1)))
    [ $((SECONDS - live_start)) -ge "$LIVE_TIMEOUT" ] && break
    sleep 1
  done

  ROWS+=("| $fault | $((ia1 - ia0)) / $((sa1 - sa0)) | $((ic1 - ic0)) / $((sc1 - sc0)) | $lost / $lostc \
| $doubled / $doubledc + $dup | $fivexx | $noanswer | $other | $back | $accept_after | $reconciled_after \
(load stopped at +$(seconds_between "$fault_end" "$load_stop")) | $agree |")
  DETAILS+=("$fault: fault $(seconds_between "$fault_start" "$fault_end") s ${FAULT_DETAIL:+($FAULT_DETAIL)}, back after $back s; \
day so far intake $ia1/$ic1, supervision $sa1/$sc1 (balanced: $balanced), live ${live:-?}; outbox unsent $pending; \
events of the phase re-sent after a failed publish: $resent${lost_cases:+; accepted at intake, unknown to supervision: $lost_cases}")
  say "${ROWS[-1]}"
  say "${DETAILS[-1]}"
}

started=$(now_ms)
for fault in $FAULTS; do run_phase "$fault"; done

{
  echo "Fault harness, $(date -u '+%F %H:%M') UTC, $(nproc) cores, load: $LOAD_WORKERS windows, ${LOAD_SECONDS} s per phase" \
    "(fault after ${FAULT_AFTER} s), kill -9 down for ${DOWN_SECONDS} s, Redis down for ${REDIS_DOWN_SECONDS} s," \
    "total $(seconds_between "$started" "$(now_ms)") s."
  echo
  echo "| fault | accepted intake / supervision | completed intake / supervision | lost (acc / compl) | doubled (acc / compl + dup. case rows) | 5xx | no answer | other non-2xx | back after (s) | first accept after fault (s) | reconciled after fault (s) | live = reconciliation (live − supervision) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  printf -- '- %s\n' "${DETAILS[@]}"
} > "$OUT/results.md"
echo
cat "$OUT/results.md"
echo
say "done; the hall is still running (deploy/local/down.sh stops it). Logs: $RUN/logs/, load timelines: $OUT/"

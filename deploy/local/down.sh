#!/usr/bin/env bash
# Stops what deploy/local/up.sh started. Data stays in deploy/local/run (delete the folder to start afresh).
set -uo pipefail
source "$(dirname "$0")/env.sh"
for pidfile in "$RUN"/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  kill "$(cat "$pidfile")" 2>/dev/null && echo "stopped $(basename "$pidfile" .pid)"
  rm -f "$pidfile"
done
env "${RABBIT_ENV[@]}" /usr/lib/rabbitmq/bin/rabbitmqctl -n "$RABBIT_NODE" shutdown >/dev/null 2>&1 && echo "stopped rabbitmq"
[ -d "$RUN/postgres/data" ] && as_postgres "$PG_BIN/pg_ctl" -D "$RUN/postgres/data" -m fast stop >/dev/null 2>&1 && echo "stopped postgresql"
exit 0

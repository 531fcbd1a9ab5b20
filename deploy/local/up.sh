#!/usr/bin/env bash
# The distributed mode on one machine, without Docker: private PostgreSQL, RabbitMQ and Redis (data under
# deploy/local/run), every service and the gateway as separate processes. Reports when all are ready.
# Stop everything with deploy/local/down.sh. Logs: deploy/local/run/logs/.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/deploy/local/install-servers.sh"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
source "$(dirname "$0")/processes.sh"
mkdir -p "$RUN/logs" "$RUN/pids" "$RUN/rabbitmq" "$RUN/redis"

echo "Starting PostgreSQL on $PG_PORT, Redis on $REDIS_PORT, RabbitMQ on $AMQP_PORT..."
start_postgres
start_redis
: > "$RUN/logs/rabbitmq.log"
start_rabbitmq
wait_port rabbitmq "$AMQP_PORT" 120

echo "Building..."
dotnet build "$ROOT/Platform.sln" -c Release -nologo -clp:ErrorsOnly

echo "Starting the services consumers first (waves: ${START_WAVES[*]}), then the gateway..."
for wave in "${START_WAVES[@]}" gateway; do
  for name in $wave; do
    : > "$RUN/logs/$name.log"
    start_service "$name"
  done
  for name in $wave; do
    wait_ready "$name" 60 || exit 1
    printf '  %-12s ready  http://localhost:%s\n' "$name" "$(service_port "$name")"
  done
done
echo "All ready. Gateway: http://localhost:$GATEWAY_PORT  (demo accounts, password Hall-demo-2026). Stop: deploy/local/down.sh"

#!/usr/bin/env bash
# The distributed mode on one machine, without Docker: private PostgreSQL, RabbitMQ and Redis (data under
# deploy/local/run), every service and the gateway as separate processes. Reports when all are ready.
# Stop everything with deploy/local/down.sh. Logs: deploy/local/run/logs/.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/deploy/local/install-servers.sh"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
mkdir -p "$RUN/logs" "$RUN/pids" "$RUN/rabbitmq" "$RUN/redis"

wait_port() { # name port seconds
  for _ in $(seq 1 $(($3 * 5))); do (echo > "/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0; sleep 0.2; done
  echo "$1 did not open port $2; see $RUN/logs/$1.log" >&2; exit 1
}

echo "Starting PostgreSQL on $PG_PORT, Redis on $REDIS_PORT, RabbitMQ on $AMQP_PORT..."
if [ ! -d "$RUN/postgres/data" ]; then
  mkdir -p "$RUN/postgres"; chmod 755 "$RUN" "$RUN/postgres"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$RUN/postgres"
  as_postgres "$PG_BIN/initdb" -D "$RUN/postgres/data" -U postgres -A trust -E UTF8 >"$RUN/logs/initdb.log"
fi
as_postgres "$PG_BIN/pg_ctl" -D "$RUN/postgres/data" -l "$RUN/postgres/postgres.log" -w \
  -o "-p $PG_PORT -k $RUN/postgres -c listen_addresses=127.0.0.1 -c max_connections=300" start >"$RUN/logs/pg_ctl.log" 2>&1
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$RUN/redis" --appendonly yes --daemonize yes \
  --pidfile "$RUN/pids/redis.pid" --logfile "$RUN/logs/redis.log"
echo "[]." > "$RUN/rabbitmq/enabled_plugins"; echo "loopback_users = none" > "$RUN/rabbitmq/rabbitmq.conf"
(cd "$RUN/rabbitmq" && env "${RABBIT_ENV[@]}" nohup /usr/lib/rabbitmq/bin/rabbitmq-server >"$RUN/logs/rabbitmq.log" 2>&1 &)
wait_port rabbitmq "$AMQP_PORT" 120

echo "Building..."
dotnet build "$ROOT/Platform.sln" -c Release -nologo -clp:ErrorsOnly

common=(Database__Provider=Postgres Messaging__Transport=RabbitMq
  ConnectionStrings__RabbitMq="amqp://guest:guest@127.0.0.1:$AMQP_PORT/" ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
  Auth__SigningKey="local-distributed-demo-signing-key-0123456789abcdef" ASPNETCORE_ENVIRONMENT=Production)
start() { # name database project-dir assembly port [extra env...]
  local name=$1 database=$2 dir=$3 assembly=$4 port=$5; shift 5
  env "${common[@]}" "$@" ConnectionStrings__"$database"="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$database" \
    nohup dotnet "$ROOT/$dir/bin/Release/net10.0/$assembly.dll" --urls "http://localhost:$port" --contentRoot "$ROOT/$dir" \
    >"$RUN/logs/$name.log" 2>&1 &
  echo $! > "$RUN/pids/$name.pid"
}
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name folder port <<<"$entry"
  start "$name" "$name" "services/$folder" "Platform.$folder" "$port" Services__Intake=http://localhost:5102
done
proxy=()
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name _ port <<<"$entry"
  proxy+=("ReverseProxy__Clusters__${name}__Destinations__${name}-1__Address=http://localhost:$port/")
done
start gateway accounts gateway/Platform.Gateway Platform.Gateway "$GATEWAY_PORT" "${proxy[@]}" \
  Auth__DemoAccounts__Enabled=true Auth__DemoAccounts__Password=Hall-demo-2026 RateLimits__WritesPerMinute="${WRITES_PER_MINUTE:-120}"

echo "Waiting for every process to report ready..."
for entry in "${SERVICES[@]}" "gateway::$GATEWAY_PORT"; do
  IFS=: read -r name _ port <<<"$entry"
  ok=""
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$port/health/ready" >/dev/null; then ok=1; break; fi
    sleep 0.5
  done
  if [ -z "$ok" ]; then echo "  $name (port $port) is not ready; see $RUN/logs/" >&2; exit 1; fi
  printf '  %-12s ready  http://localhost:%s\n' "$name" "$port"
done
echo "All ready. Gateway: http://localhost:$GATEWAY_PORT  (demo accounts, password Hall-demo-2026). Stop: deploy/local/down.sh"

# How each process of the local distributed mode is started (sourced by up.sh and chaos.sh after env.sh), so that
# one of them can be (re)started alone with exactly the command and environment up.sh gives it:
#   start_postgres | restart_postgres | start_redis | start_rabbitmq | start_service NAME (a service or gateway)
#   wait_port NAME PORT SECONDS | wait_ready NAME [SECONDS] | service_port NAME
# Settings read when a process starts: WRITES_PER_MINUTE (the gateway's per-user write limit, default 120).

PG_OPTIONS="-p $PG_PORT -k $RUN/postgres -c listen_addresses=127.0.0.1 -c max_connections=300"

wait_port() { # name port seconds
  for _ in $(seq 1 $(($3 * 5))); do (echo > "/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0; sleep 0.2; done
  echo "$1 did not open port $2; see $RUN/logs/$1.log" >&2; return 1
}

start_postgres() {
  mkdir -p "$RUN/logs"
  if [ ! -d "$RUN/postgres/data" ]; then
    mkdir -p "$RUN/postgres"; chmod 755 "$RUN" "$RUN/postgres"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$RUN/postgres"; fi
    as_postgres "$PG_BIN/initdb" -D "$RUN/postgres/data" -U postgres -A trust -E UTF8 >"$RUN/logs/initdb.log"
  fi
  as_postgres "$PG_BIN/pg_ctl" -D "$RUN/postgres/data" -l "$RUN/postgres/postgres.log" -w -o "$PG_OPTIONS" start \
    >"$RUN/logs/pg_ctl.log" 2>&1
}

restart_postgres() { # a fast shutdown (open transactions rolled back, connections cut), then the same start
  as_postgres "$PG_BIN/pg_ctl" -D "$RUN/postgres/data" -l "$RUN/postgres/postgres.log" -w -o "$PG_OPTIONS" \
    -m fast restart >>"$RUN/logs/pg_ctl.log" 2>&1
}

start_redis() {
  mkdir -p "$RUN/logs" "$RUN/pids" "$RUN/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$RUN/redis" --appendonly yes --daemonize yes \
    --pidfile "$RUN/pids/redis.pid" --logfile "$RUN/logs/redis.log"
}

start_rabbitmq() {
  mkdir -p "$RUN/logs" "$RUN/rabbitmq"
  echo "[]." > "$RUN/rabbitmq/enabled_plugins"; echo "loopback_users = none" > "$RUN/rabbitmq/rabbitmq.conf"
  # Every descriptor redirected (the subshell's too), so no caller's pipe stays open while the broker runs.
  (cd "$RUN/rabbitmq" && exec env "${RABBIT_ENV[@]}" nohup /usr/lib/rabbitmq/bin/rabbitmq-server) \
    </dev/null >>"$RUN/logs/rabbitmq.log" 2>&1 &
}

service_port() { # name -> port
  local entry name port
  [ "$1" = gateway ] && { echo "$GATEWAY_PORT"; return 0; }
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name _ port <<<"$entry"
    [ "$name" = "$1" ] && { echo "$port"; return 0; }
  done
  echo "unknown service '$1'" >&2; return 1
}

# Starts one service (catalogue, intake, ...) or the gateway in the background from the Release build; its pid goes
# to $RUN/pids/NAME.pid and its output to $RUN/logs/NAME.log (appended, so a restart keeps the earlier lines).
start_service() { # name
  local name=$1 entry folder port database dir assembly extra=()
  if [ "$name" = gateway ]; then
    database=accounts dir=gateway/Platform.Gateway assembly=Platform.Gateway port=$GATEWAY_PORT
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r folder _ port <<<"$entry"
      extra+=("ReverseProxy__Clusters__${folder}__Destinations__${folder}-1__Address=http://localhost:$port/")
    done
    port=$GATEWAY_PORT
    extra+=(Auth__DemoAccounts__Enabled=true Auth__DemoAccounts__Password=Hall-demo-2026
      RateLimits__WritesPerMinute="${WRITES_PER_MINUTE:-120}")
  else
    port=$(service_port "$name") || return 1
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r database folder _ <<<"$entry"
      [ "$database" = "$name" ] && break
    done
    dir=services/$folder assembly=Platform.$folder
    extra+=(Services__Intake=http://localhost:5102)
    # DEMO_DATA=1: the standalone host's demo catalogue, windows, projects and publications (the portal's tour and its
    # browser tests through the gateway: PORTAL_URL=http://localhost:8080 dotnet test tests/Platform.BrowserTests).
    if [ "${DEMO_DATA:-0}" = 1 ]; then
      extra+=(Catalogue__DemoCatalogue__Enabled=true Disclosure__DemoData__Enabled=true Approval__DemoData__Enabled=true Intake__DemoData__Enabled=true
        Bidding__DemoData__Enabled=true)
    fi
  fi
  mkdir -p "$RUN/logs" "$RUN/pids"
  echo "--- started $(date -u +%FT%TZ) ---" >>"$RUN/logs/$name.log"
  env Database__Provider=Postgres Messaging__Transport=RabbitMq \
    ConnectionStrings__RabbitMq="amqp://guest:guest@127.0.0.1:$AMQP_PORT/" \
    ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" \
    Auth__SigningKey="local-distributed-demo-signing-key-0123456789abcdef" ASPNETCORE_ENVIRONMENT=Production \
    "${extra[@]}" ConnectionStrings__"$database"="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$database" \
    nohup dotnet "$ROOT/$dir/bin/Release/net10.0/$assembly.dll" --urls "http://localhost:$port" --contentRoot "$ROOT/$dir" \
    >>"$RUN/logs/$name.log" 2>&1 &
  echo $! > "$RUN/pids/$name.pid"
}

wait_ready() { # name [seconds]: until GET /health/ready answers 2xx
  local port; port=$(service_port "$1") || return 1
  for _ in $(seq 1 $((${2:-60} * 2))); do
    curl -fs -m 2 "http://localhost:$port/health/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "$1 (port $port) is not ready; see $RUN/logs/$1.log" >&2; return 1
}

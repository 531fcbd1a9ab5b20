# Shared settings of the local distributed mode (sourced by up.sh, down.sh, bench.sh and chaos.sh).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/deploy/local/run"
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
AMQP_PORT=${AMQP_PORT:-55672}
RABBIT_NODE="rabbit_platform_${AMQP_PORT}@localhost"
GATEWAY_PORT=${GATEWAY_PORT:-8080}
SERVICES=(catalogue:Catalogue:5101 intake:Intake:5102 approval:Approval:5103 bidding:Bidding:5104 disclosure:Disclosure:5105 supervision:Supervision:5106)
# Deploy order: each wave is ready (its consumers' queues bound) before the next starts, so no service publishes an
# event before the queues of its consumers exist (docs/architecture.md; DeployOrderTests checks it).
START_WAVES=("supervision" "disclosure intake approval bidding" "catalogue")
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
RABBIT_ENV=(HOME="$RUN/rabbitmq" RABBITMQ_NODENAME="$RABBIT_NODE" RABBITMQ_NODE_PORT="$AMQP_PORT"
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_DIST_PORT=$((AMQP_PORT + 1))
  RABBITMQ_MNESIA_BASE="$RUN/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$RUN/rabbitmq/log"
  RABBITMQ_ENABLED_PLUGINS_FILE="$RUN/rabbitmq/enabled_plugins" RABBITMQ_CONFIG_FILE="$RUN/rabbitmq/rabbitmq"
  RABBITMQ_PID_FILE="$RUN/rabbitmq/rabbit.pid")

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

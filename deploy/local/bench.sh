#!/usr/bin/env bash
# Benchmarks of the distributed mode: starts it (deploy/local/up.sh) unless the gateway already answers, runs the
# catalogue benchmark (lookup and search via the gateway vs. direct) and prints the figures.
set -euo pipefail
source "$(dirname "$0")/env.sh"
curl -fs "http://localhost:$GATEWAY_PORT/health/ready" >/dev/null 2>&1 || "$ROOT/deploy/local/up.sh"
dotnet run -c Release --project "$ROOT/tests/Platform.Benchmarks" -- catalogue "http://localhost:$GATEWAY_PORT" http://localhost:5101 "${WORKERS:-32}" "${SECONDS_PER_RUN:-10}"

#!/usr/bin/env bash
# Benchmarks of the distributed mode: (re)starts it with deploy/local/up.sh, write limits lifted, then runs
# the catalogue benchmark (lookup and search via the gateway vs. direct) and the intake benchmark (accept-and-complete
# via the gateway, time until supervision counted the last completion) and prints their figures. `bench.sh catalogue` or `bench.sh intake`
# runs one of them.
set -euo pipefail
source "$(dirname "$0")/env.sh"
# A fresh start with the per-user write limit lifted: one benchmark user sends far more than a person would.
"$ROOT/deploy/local/down.sh" >/dev/null
WRITES_PER_MINUTE=100000000 "$ROOT/deploy/local/up.sh"
dotnet build -c Release -nologo -clp:ErrorsOnly "$ROOT/tests/Platform.Benchmarks"
run() { dotnet run -c Release --no-build --project "$ROOT/tests/Platform.Benchmarks" -- "$@"; }
which=${1:-all}
if [ "$which" = all ] || [ "$which" = catalogue ]; then
  run catalogue "http://localhost:$GATEWAY_PORT" http://localhost:5101 "${WORKERS:-32}" "${SECONDS_PER_RUN:-10}"
fi
if [ "$which" = all ] || [ "$which" = intake ]; then
  run intake "http://localhost:$GATEWAY_PORT" - "${WORKERS:-16}" "${SECONDS_PER_RUN:-10}"
fi

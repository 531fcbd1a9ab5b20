#!/usr/bin/env bash
# Runs every test of the platform: builds the solution (warnings are errors, code style included), checks the
# formatting and runs all test projects.
# On a fresh Debian machine it first installs what the integration tests start privately:
# PostgreSQL, RabbitMQ and Redis (no Docker needed), and docker-compose to validate docker-compose.yml.
# Its last line is the total over all test projects: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/local/install-servers.sh

configuration="${CONFIGURATION:-Release}"
dotnet build Platform.sln -c "$configuration" -nologo -clp:ErrorsOnly

# Formatting as the .editorconfig says; the build checks the other code-style rules (IDE0005, IDE0161, ...).
# `whitespace` does not look at the order of usings, so the `style` run (its IMPORTS check) does, limited to
# IDE0005 to stay short. Generated migrations are skipped by both: the .editorconfig marks them generated_code.
if ! dotnet format whitespace Platform.sln --verify-no-changes; then
  echo "Whitespace differs from .editorconfig (files above). Fix it with: dotnet format whitespace Platform.sln"
  exit 1
fi
if ! dotnet format style Platform.sln --verify-no-changes --diagnostics IDE0005; then
  echo "Usings unsorted or unused (files above). Fix it with: dotnet format style Platform.sln --diagnostics IDE0005"
  exit 1
fi

log=$(mktemp)
set +e
dotnet test Platform.sln -c "$configuration" --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one summary per test project: "Passed!  - Failed: 0, Passed: 31, Skipped: 0, Total: 31, ..."
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
projects=$(grep -cE '^(Passed|Failed)! ' "$log" || true)
rm -f "$log"
expected=$(find tests -name '*Tests.csproj' | wc -l)
if [ "$status" -eq 0 ] && [ "$projects" -ne "$expected" ]; then
  echo "Expected results from $expected test projects, got $projects."
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"

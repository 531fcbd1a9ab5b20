#!/usr/bin/env bash
# Runs every test of the platform: builds the solution (warnings are errors, code style included; the build also
# builds the web portal with npm, see web/Portal.targets), checks the formatting, runs all test projects (the browser
# tests drive Debian's headless Chromium against the real standalone host) and the portal's TypeScript unit tests.
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

# The portal's TypeScript unit tests (vitest; its packages were installed by the build's `npm ci`).
web_results=$(mktemp)
set +e
(cd web && npx vitest run --reporter=default --reporter=json --outputFile.json="$web_results")
web_status=$?
set -e
[ "$web_status" -eq 0 ] || status=1
count='const r = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(r.numPassedTests, r.numFailedTests)'
web_counts=$(node -e "$count" "$web_results" 2>/dev/null || echo "0 1")
rm -f "$web_results"

# dotnet test prints one summary per test project: "Passed!  - Failed: 0, Passed: 31, Skipped: 0, Total: 31, ..."
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk -v web="${web_counts% *}" '{s+=$2} END {print s+web}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk -v web="${web_counts#* }" '{s+=$2} END {print s+web}')
projects=$(grep -cE '^(Passed|Failed)! ' "$log" || true)
rm -f "$log"
expected=$(find tests -name '*Tests.csproj' | wc -l)
if [ "$status" -eq 0 ] && [ "$projects" -ne "$expected" ]; then
  echo "Expected results from $expected test projects, got $projects."
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"

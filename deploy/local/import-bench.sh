#!/usr/bin/env bash
# Import benchmark (issue 9): generates a CSV of ROWS disclosure requests (default 1,000,000, about 80 MB; set
# ENCODING=GB18030 to have it saved as a Chinese spreadsheet would), uploads it to a running hall's
# POST /api/disclosure/requests/import (a file that large runs as a job), polls the job until it ends and prints
# rows/s. Not a test: run it by hand against the standalone host (`dotnet run -c Release --project
# deploy/Platform.Standalone`) or the gateway. Request numbers are unique per run, so runs add up.
#   deploy/local/import-bench.sh [rows] [base-url]
set -euo pipefail
rows=${1:-1000000}
base=${2:-http://localhost:8080}
user=${IMPORT_USER:-disclosure01}
password=${IMPORT_PASSWORD:-Hall-demo-2026}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run=$(date +%s)

awk -v rows="$rows" -v run="$run" 'BEGIN {
  print "requestNo,applicantCategory,channel,receivedAt,outcome,repliedAt"
  split("natural commercial research public-interest legal-service other", categories, " ")
  for (i = 1; i <= rows; i++) {
    month = 1 + i % 12; day = 1 + i % 28
    printf "B%s-%07d,%s,online,2025-%02d-%02dT10:00:00+08:00,3.1,2025-%02d-%02dT16:00:00+08:00\n", \
      run, i, categories[1 + i % 6], month, day, month, day
  }
}' > "$work/requests.csv"
if [ -n "${ENCODING:-}" ]; then
  iconv -f UTF-8 -t "$ENCODING" "$work/requests.csv" > "$work/encoded.csv" && mv "$work/encoded.csv" "$work/requests.csv"
fi
size=$(stat -c %s "$work/requests.csv")
echo "file: $rows rows, $((size / 1024 / 1024)) MB"

token=$(curl -sf -X POST "$base/api/auth/token" -H 'content-type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
start=$(date +%s.%N)
status=$(curl -s -o "$work/answer.json" -D "$work/headers.txt" -w '%{http_code}' -X POST \
  "$base/api/disclosure/requests/import" -H "authorization: Bearer $token" -H 'content-type: text/csv' \
  -H 'Prefer: respond-async' --data-binary @"$work/requests.csv")
uploaded=$(date +%s.%N)
echo "upload answered $status after $(awk -v a="$start" -v b="$uploaded" 'BEGIN { printf "%.1f", b - a }') s"
if [ "$status" != 202 ]; then cat "$work/answer.json"; echo; exit 1; fi
location=$(grep -i '^location:' "$work/headers.txt" | tr -d '\r' | cut -d' ' -f2)
while true; do
  job=$(curl -sf "$base$location" -H "authorization: Bearer $token")
  case "$job" in *'"status":"running"'*) sleep 2 ;; *) break ;; esac
done
end=$(date +%s.%N)
echo "$job" | cut -c1-400
case "$job" in *'"status":"succeeded"'*) ;; *) echo "the job did not succeed"; exit 1 ;; esac
awk -v a="$start" -v b="$end" -v rows="$rows" \
  'BEGIN { printf "imported %d rows in %.1f s: %.0f rows/s (upload included)\n", rows, b - a, rows / (b - a) }'

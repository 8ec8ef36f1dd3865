#!/usr/bin/env bash
# End to end over loopback: starts tests/ErrorHandlers.LoadServer on 127.0.0.1 in each pipeline, checks the status of
# each scenario once, drives it with wrk (one thread, 16 connections; the server has the other core), and prints a
# markdown table of requests per second and bytes allocated per request (the server's own count, divided by wrk's).
# Usage: tests/ErrorHandlers.Benchmarks/load.sh [seconds per scenario, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
dotnet build tests/ErrorHandlers.LoadServer -c Release -nologo -v q >/dev/null
server=artifacts/bin/ErrorHandlers.LoadServer/release/ErrorHandlers.LoadServer.dll
url=http://127.0.0.1:5199

scenarios=(
  "plain /direct 404 a direct JSON 404 (the reference)"
  "errorhandlers /thrown 404 a thrown NotFoundException, JSON handler"
  "errorhandlers /result 404 Abort.Result(404), JSON handler"
  "builtin /thrown 404 a thrown NotFoundException, UseExceptionHandler + IExceptionHandler"
  "errorhandlers /empty 404 an endpoint's empty TypedResults.NotFound(), JSON handler"
  "errorhandlers /nowhere 404 a routing 404, JSON handler"
  "builtin /nowhere 404 a routing 404, UseStatusCodePages"
  "plain+auth /private 401 ASP.NET Core's bare empty 401 (the reference)"
  "builtin+auth /private 401 the same JSON 401, written by the scheme's challenge"
  "errorhandlers+auth /private 401 a 401 through a JSON handler"
  "builtin+mvc /api/missing 404 an [ApiController]'s NotFound(), MVC's ProblemDetails"
  "errorhandlers+mvc /api/missing 404 an [ApiController]'s NotFound(), JSON handler"
  "plain /ok 200 a 200, no error middleware"
  "errorhandlers /ok 200 a 200, behind UseErrorHandlers"
)

echo "| scenario | pipeline | requests/s | bytes allocated per request |"
echo "|---|---|---:|---:|"
for scenario in "${scenarios[@]}"; do
  read -r mode path status label <<<"$scenario"
  dotnet "$server" "$mode" --urls "$url" >/dev/null &
  pid=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null "$url/ok" && break; sleep 0.1; done

  actual=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
  if [ "$actual" != "$status" ]; then
    kill "$pid"
    echo "$label: expected $status, got $actual" >&2
    exit 1
  fi

  wrk -t1 -c16 -d3s "$url$path" >/dev/null
  before=$(curl -s "$url/_allocated")
  report=$(wrk -t1 -c16 -d"${seconds}s" "$url$path")
  after=$(curl -s "$url/_allocated")
  kill "$pid"
  wait "$pid" 2>/dev/null || true

  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$report")
  requests=$(awk '/requests in/ { print $1 }' <<<"$report")
  printf "| %s | %s | %.0f | %.0f |\n" "$label" "$mode" "$rps" "$(( (after - before) / requests ))"
done

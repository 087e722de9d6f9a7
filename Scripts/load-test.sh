#!/usr/bin/env bash
# Load test of POST /v1/lint on loopback: starts a release-built `tactful serve` on a free port, runs wrk (Debian's
# package) for a bounded time with realistic ~100-word drafts in five markets, prints requests/s and latencies,
# and stops the server. Usage: Scripts/load-test.sh [SECONDS] [CONNECTIONS]   (defaults: 20 s, 16 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
connections="${2:-16}"
command -v wrk >/dev/null || { echo "load-test: install wrk (apt-get install wrk)" >&2; exit 2; }
swift build -c release --product tactful >/dev/null && swift build -c release --product tactful-server >/dev/null
binary="$(swift build -c release --show-bin-path)/tactful"
log="$(mktemp)"
"$binary" serve --host 127.0.0.1 --port 0 2>"$log" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
    port="$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "${port:-}" ] || { echo "load-test: the server did not start" >&2; cat "$log" >&2; exit 1; }
url="http://127.0.0.1:$port/v1/lint"
echo "load-test: warm-up"; wrk -t1 -c4 -d2s -s Scripts/load-test.lua "$url" >/dev/null
echo "load-test: wrk -t1 -c$connections -d${seconds}s --latency POST $url ($(nproc) cores)"
wrk -t1 -c"$connections" -d"${seconds}s" --latency -s Scripts/load-test.lua "$url"

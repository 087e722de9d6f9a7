#!/usr/bin/env bash
# Start-up benchmark for `tactful size` (target: median under 20 ms on the project machine).
# Baseline: a Foundation "hello" binary built with the same toolchain, so the numbers show what Tactful adds.
# Needs hyperfine (apt-get install hyperfine). Usage: Tools/bench/size-startup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release >/dev/null
baseline="$(mktemp -d)/hello"
printf 'import Foundation\nprint("hi \\(Date().timeIntervalSince1970 > 0)")\n' > "$baseline.swift"
swiftc -O "$baseline.swift" -o "$baseline"
tactful=.build/release/tactful
hyperfine -N --warmup 5 --runs 50 \
    "$baseline" \
    "$tactful --version" \
    "$tactful size 42 --from EU --to US --category shoes-men" \
    "$tactful size 42 --from EU --to US --category shoes-men --market de-DE --format json" \
    "$tactful size --measure 26.5cm --category shoes-men"

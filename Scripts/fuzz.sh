#!/usr/bin/env bash
# Runs Tactful's libFuzzer harnesses for a bounded time each (default 600 s), with AddressSanitizer.
#   Scripts/fuzz.sh [SECONDS] [TARGET...]     targets: lint packs schedule drafts (default: all)
# Crashes are written to artifacts/fuzz/<target>/ (gitignored); replay one with
#   swift run tactful-fuzz TARGET artifacts/fuzz/TARGET/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lint packs schedule drafts)
TACTFUL_FUZZ=1 swift build -c debug --product tactful-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -use-ld=lld
binary=.build-fuzz/debug/tactful-fuzz
for target in "${targets[@]}"; do
    mkdir -p "artifacts/fuzz/$target" "artifacts/fuzz/$target-corpus"
    echo "fuzz: $target for ${seconds}s"
    TACTFUL_FUZZ_TARGET=$target "$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="artifacts/fuzz/$target/" "artifacts/fuzz/$target-corpus" "Fuzz/corpus/$target" \
        2>&1 | tail -n 5
done

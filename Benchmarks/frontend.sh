#!/usr/bin/env bash
# Times loading the largest corpus documents into the node tree against libyaml's bare
# event loop over the same bytes, and measures the peak memory of a load.
#
#   Benchmarks/frontend.sh [COUNT]     COUNT largest .json/.yaml/.yml documents (default 8)
#
# Builds ForgeFrontEnd in release mode (scratch path $SCRATCH, default /tmp/build-frontend)
# and links Benchmarks/frontend/main.swift against it with swiftc -O. Times are CPU
# seconds of the measuring thread, medians of $RUNS runs (default 7) taken alternately.
# Memory is the peak resident set size from /usr/bin/time -v, for a load and for a
# process that only reads the file (the baseline: runtime plus the file's bytes).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus"
count="${1:-8}"
runs="${RUNS:-7}"
scratch="${SCRATCH:-/tmp/build-frontend}"

if [ ! -d "$corpus" ]; then
    echo "The corpus folder $corpus is absent: nothing to measure."
    exit 0
fi

swift build -c release --scratch-path "$scratch" --target ForgeFrontEnd >/dev/null
release="$scratch/release"
bench="$scratch/frontend-bench"
swiftc -O -I "$release/Modules" -I "$root/Sources/CYAML" "$root/Benchmarks/frontend/main.swift" \
    "$release"/ForgeFrontEnd.build/*.o "$release"/ForgeDiagnostics.build/*.o -lyaml -o "$bench"

peak_kib() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}

echo "machine: $(nproc) cores, $(swift --version 2>/dev/null | head -1)"
find "$corpus" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) -printf '%s %p\n' \
    | sort -rn | awk -v count="$count" 'NR <= count' | while read -r size path; do
    name="${path#"$corpus"/}"
    timing="$("$bench" compare "$path" "$runs")"
    tree_kib="$(peak_kib "$bench" tree "$path")"
    base_kib="$(peak_kib "$bench" read "$path")"
    awk -v name="$name" -v size="$size" -v timing="$timing" -v tree="$tree_kib" -v base="$base_kib" 'BEGIN {
        printf "%s (%.2f MB)\n  %s\n", name, size / 1e6, timing
        printf "  peak RSS %.1f MB (%.1fx the file); above the read-only baseline of %.1f MB: %.1f MB (%.1fx)\n",
            tree * 1024 / 1e6, tree * 1024 / size, base * 1024 / 1e6, (tree - base) * 1024 / 1e6, (tree - base) * 1024 / size
    }'
done

#!/usr/bin/env bash
# Times reading the largest corpus documents into the typed OpenAPI model: loading every
# referenced file, resolving references, building typed values and running the checks.
#
#   Benchmarks/document.sh [COUNT]     COUNT largest .json/.yaml/.yml documents (default 6),
#                                      plus the multi-file DigitalOcean document (its size is
#                                      that of its whole folder)
#
# Builds ForgeDocument in release mode (scratch path $SCRATCH, default /tmp/build-document)
# and links Benchmarks/document/main.swift against it with swiftc -O. Times are CPU seconds
# of the measuring thread, medians of $RUNS runs (default 5).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus"
count="${1:-6}"
runs="${RUNS:-5}"
scratch="${SCRATCH:-/tmp/build-document}"

if [ ! -d "$corpus" ]; then
    echo "The corpus folder $corpus is absent: nothing to measure."
    exit 0
fi

swift build -c release --scratch-path "$scratch" --target ForgeDocument >/dev/null
release="$scratch/release"
bench="$scratch/document-bench"
swiftc -O -I "$release/Modules" -I "$root/Sources/CYAML" "$root/Benchmarks/document/main.swift" \
    "$release"/ForgeDocument.build/*.o "$release"/ForgePatterns.build/*.o "$release"/ForgeFrontEnd.build/*.o \
    "$release"/ForgeDiagnostics.build/*.o -lyaml -l_FoundationICU -o "$bench"

echo "machine: $(nproc) cores, $(swift --version 2>/dev/null | head -1)"
{
    find "$corpus" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) -not -path '*/multifile/*' \
        -printf '%s %p\n' | sort -rn | head -n "$count"
    multifile="$corpus/digitalocean/multifile/specification/DigitalOcean-public.v2.yaml"
    [ -f "$multifile" ] && printf '%s %s\n' "$(du -sb "$(dirname "$multifile")" | cut -f1)" "$multifile"
} | while read -r size path; do
    printf '%s (%.2f MB)\n' "${path#"$corpus"/}" "$(echo "$size / 1000000" | bc -l)"
    (cd "$corpus" && "$bench" "${path#"$corpus"/}" "$runs" | sed 's/^/  /')
done

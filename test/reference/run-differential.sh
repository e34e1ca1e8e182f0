#!/bin/sh
# Compiles the differential harness (and the engine it imports) to a temporary folder,
# then runs it: sh test/reference/run-differential.sh --seeds 5000 | --seed 123 [--dump f.json] | --probes
# | --mutations [seeds] (plants errors in the reference and counts the seeds that catch each)
set -e
cd "$(dirname "$0")/../.."
OUT="${TMPDIR:-/tmp}/quotepart-differential"
npx tsc --outDir "$OUT" --rootDir . --module commonjs --target ES2021 --moduleResolution node \
  --esModuleInterop --skipLibCheck --resolveJsonModule --strict --types node test/reference/runDifferential.ts test/reference/mutationScore.ts
cp test/reference/quotepart_ref.py "$OUT/test/reference/"
if [ "$1" = "--mutations" ]; then shift; node "$OUT/test/reference/mutationScore.js" "$@"; else node "$OUT/test/reference/runDifferential.js" "$@"; fi

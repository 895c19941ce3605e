#!/usr/bin/env bash
# Runs every test project in the solution and ends with one line "N passed, M failed",
# counted from the TRX result files the runs write. Extra arguments go to `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet test Retroact.slnx -c Release --logger "trx" --results-directory "$results" "$@"
rc=$?

passed=0
failed=0
files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(printf '%s' "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with code $rc (build error or test host crash; $files result files were written)" >&2
fi
echo "$passed passed, $failed failed"
exit "$rc"

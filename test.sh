#!/usr/bin/env bash
# Builds the solution once, runs every test project, and ends with one line "N passed, M failed",
# counted from the TRX result file each project writes (one folder per project, so none overwrites
# another). Extra arguments go to each `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Custody".
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if ! dotnet build Retroact.slnx -c Release; then
  echo "the build failed: no test ran" >&2
  echo "0 passed, 0 failed"
  exit 1
fi

rc=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build --logger "trx" --results-directory "$results/$name" "$@" || rc=1
done

passed=0
failed=0
for trx in "$results"/*/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(printf '%s' "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "a test run exited with an error (a test host crash?) although no test was counted as failed" >&2
fi
echo "$passed passed, $failed failed"
exit "$rc"

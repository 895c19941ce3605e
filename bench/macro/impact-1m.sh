#!/usr/bin/env bash
# Macro benchmark: the whole `retroact impact` command (read, decide, plan, aggregate, write every file) on a
# 1,000,000-row native CSV population, timed end to end with GNU time (wall clock and peak resident memory).
# Usage: bench/macro/impact-1m.sh [ROWS] [extra impact options...]   e.g. bench/macro/impact-1m.sh 1000000 --grant-rate 0.75
# The population is generated once (synthetic, as of Oct 31, 2015, seed 782) into bench/macro/data/ and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
shift || true
data="bench/macro/data"
population="$data/population-$rows.csv"
out="$data/out-$rows"
mkdir -p "$data"
dotnet build src/Retroact.Cli -c Release -v quiet -nologo >/dev/null
cli="src/Retroact.Cli/bin/Release/net10.0/retroact.dll"
if [ ! -f "$population" ]; then
  dotnet "$cli" generate --as-of 2015-10-31 --count "$rows" --seed 782 --out "$population"
fi
echo "population: $population ($(wc -l < "$population") lines, $(du -h "$population" | cut -f1))"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" \
    dotnet "$cli" impact --amendment 782 --population "$population" --out "$out" "$@" > /dev/null
done

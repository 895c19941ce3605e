#!/usr/bin/env bash
# Macro benchmark: the whole `retroact impact` command (read, decide, plan, aggregate, write every file) on a
# 1,000,000-row CSV population, timed end to end with GNU time (wall clock, CPU and peak resident memory), 3 runs.
# Usage: bench/macro/impact-1m.sh [ROWS] [extra impact options...]   e.g. bench/macro/impact-1m.sh 1000000 --grant-rate 0.75
# Environment: LAYOUT=ussc times the same people in the USSC datafile layout, with a faulty row in every 997
# (bench/macro/ussc-from-native.py); R2R=1 times the ReadyToRun build (`dotnet publish -r linux-x64
# -p:PublishReadyToRun=true` into bench/macro/bin) instead of the plain `dotnet build` output; AOT=1 times the Native
# AOT build (`dotnet publish -r linux-x64 -p:PublishAot=true` into bench/macro/bin-aot; bench/macro/aot-check.sh proves
# its outputs equal the JIT build's).
# The population is generated once (synthetic, as of Oct 31, 2015, seed 782) into bench/macro/data/ and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
shift || true
data="bench/macro/data"
population="$data/population-$rows.csv"
out="$data/out-$rows"
mkdir -p "$data"
if [ "${AOT:-0}" = 1 ]; then
  dotnet publish src/Retroact.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/macro/bin-aot -v quiet -nologo >/dev/null
  cli=(bench/macro/bin-aot/retroact)
elif [ "${R2R:-0}" = 1 ]; then
  dotnet publish src/Retroact.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/macro/bin -v quiet -nologo >/dev/null
  cli=(dotnet bench/macro/bin/retroact.dll)
else
  dotnet build src/Retroact.Cli -c Release -v quiet -nologo >/dev/null
  cli=(dotnet src/Retroact.Cli/bin/Release/net10.0/retroact.dll)
fi
if [ ! -f "$population" ]; then
  "${cli[@]}" generate --as-of 2015-10-31 --count "$rows" --seed 782 --out "$population"
fi
format=native
if [ "${LAYOUT:-native}" = ussc ]; then
  native="$population"
  population="$data/ussc-$rows.csv"
  format=ussc
  [ -f "$population" ] || python3 bench/macro/ussc-from-native.py "$native" "$population" --bad 997
fi
echo "population: $population ($format, $(wc -l < "$population") lines, $(du -h "$population" | cut -f1)); $(date -u +%H:%M:%S) UTC; load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" \
    "${cli[@]}" impact --amendment 782 --population "$population" --format "$format" --out "$out" "$@" > /dev/null
done

#!/usr/bin/env bash
# A/B timing of a whole command in two Native AOT builds: A, B, A, B, ... ROUNDS times, each run on both cores as a user
# runs it. The machine's speed drifts by up to 2x between minutes (bench/macro/steadiness.sh) and single runs of the
# same build differ by 30 %, so only the means over many alternating rounds compare: an A/A run of 8 rounds agreed
# within 1 %. (Running A and B at once, one per core, was noisier still.) Prints each build's mean elapsed and mean CPU
# (user + system) seconds, every run's CPU seconds, and B's mean CPU over A's.
# Usage: bench/macro/ab-command.sh A_DIR B_DIR [ROUNDS] [POPULATION] [FORMAT] [COMMAND]
#   A_DIR, B_DIR: folders holding a `retroact` published with
#     dotnet publish src/Retroact.Cli -c Release -r linux-x64 -p:PublishAot=true -o DIR
#   ROUNDS: default 16. POPULATION: default bench/macro/data/population-1000000.csv (bench/macro/impact-1m.sh makes it),
#   or `default` for the built-in population (impact only).
#   FORMAT: native (default) or ussc. COMMAND: impact (default: `impact --amendment 782`, all outputs written) or
#   validate (reading alone).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
usage="usage: ab-command.sh A_DIR B_DIR [ROUNDS] [POPULATION] [FORMAT] [impact|validate]"
a="$(cd "${1:?$usage}" && pwd)"; b="$(cd "${2:?$usage}" && pwd)"
rounds="${3:-16}"; population="${4:-$here/data/population-1000000.csv}"; format="${5:-native}"; command="${6:-impact}"
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT
run() { # dir label
  rm -rf "$scratch/out"
  local args=(validate "$population" --format "$format")
  [ "$command" = validate ] || args=(impact --amendment 782 --population "$population" --format "$format" --out "$scratch/out")
  [ "$population" != default ] || args=(impact --amendment 782 --out "$scratch/out")
  /usr/bin/time -o "$scratch/time" -f "$2 %e %U %S" "$1/retroact" "${args[@]}" >/dev/null || { echo "$2 failed" >&2; exit 1; }
  cat "$scratch/time" >> "$scratch/all"
}
for round in $(seq "$rounds"); do
  run "$a" A
  run "$b" B
done
awk '{ wall[$1] += $2; cpu[$1] += $3 + $4; n[$1]++; runs[$1] = runs[$1] sprintf(" %.2f", $3 + $4) }
  END {
    for (k in n) printf "%s: mean %.3f s elapsed, %.3f s CPU; CPU per run:%s\n", k, wall[k] / n[k], cpu[k] / n[k], runs[k]
    printf "B/A mean CPU = %.3f, mean elapsed = %.3f\n", (cpu["B"] / n["B"]) / (cpu["A"] / n["A"]), (wall["B"] / n["B"]) / (wall["A"] / n["A"])
  }' "$scratch/all" | sort

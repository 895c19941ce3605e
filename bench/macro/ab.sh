#!/usr/bin/env bash
# A/B timing of a batch benchmark in two checkouts at once: the other checkout (A, e.g. a `git worktree` of the
# previous commit) and this one (B), one per core, each timed by its own thread's CPU time (`Retroact.Bench cpu-time`),
# then again with the cores swapped. Both runs share whatever phase the machine is in, so the pair is comparable even
# when the machine's speed drifts by 1.8x between minutes (bench/macro/steadiness.sh); compare each round's pair, not
# figures taken minutes apart. Each line: checkout, core, median and lowest CPU ns per decision.
# Usage: bench/macro/ab.sh OTHER_CHECKOUT [METHOD] [SECONDS] [ROUNDS]
#   e.g. git worktree add ../base HEAD~3 && bench/macro/ab.sh ../base BatchDecision 5 3
# METHOD: a RetroactivityBenchmarks method (BatchDecision, BatchDecisionMixedDrugs, ...), OneCore (EvaluationBenchmarks) or
# FullDecisions (CustodyBenchmarks: decisions with release plans).
# Both checkouts' bench/Retroact.Bench are built here first (dotnet build -c Release).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
other="$(cd "${1:?usage: bench/macro/ab.sh OTHER_CHECKOUT [METHOD] [SECONDS] [ROUNDS]}" && pwd)"
method="${2:-BatchDecision}"; seconds="${3:-5}"; rounds="${4:-3}"
for checkout in "$other" "$here"; do
  dotnet build "$checkout/bench/Retroact.Bench" -c Release -v quiet -nologo >/dev/null
done
run() { # checkout label core
  (cd "$1/bench/Retroact.Bench" && taskset -c "$3" dotnet bin/Release/net10.0/Retroact.Bench.dll cpu-time "$method" "$seconds" \
    | tail -n 1 | sed -E "s/^.*CPU time median ([0-9.]+) ns, lowest ([0-9.]+) ns.*/$2 core $3: median \1 ns, lowest \2 ns/")
}
for round in $(seq "$rounds"); do
  for swap in 0 1; do
    run "$other" A "$swap" &
    run "$here" B "$((1 - swap))" &
    wait
  done
done

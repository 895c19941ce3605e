#!/usr/bin/env bash
# Proves the Native AOT build of the CLI gives the same bytes as the JIT build: publishes it (warnings are errors, so
# the publish itself fails on a new trim or AOT warning), runs every command below with both builds and `cmp`s every
# file each one wrote, its standard output and error and its exit code. Inputs, made once by the JIT build:
#   - the default population (`impact --amendment 782` with no --population, 205,795 people);
#   - a native CSV (20,000 people), the same people in the USSC layout with a fault in every 97th row
#     (bench/macro/ussc-from-native.py), and as JSON lines with faulty lines put in (not JSON, a bad value, an
#     unknown assumption), so every reject writer runs;
#   - Parquet written by `generate` (text columns) and by bench/macro/typed-parquet.cs (typed columns as another
#     tool writes them, with a fault in every 37th row), so Parquet.Net's reader and writer run under AOT; and
#     `impact --decisions-format parquet`, Parquet.Net writing typed columns (integers, booleans, dates).
# Usage: bench/macro/aot-check.sh            (about 2 minutes; the binary is left in bench/macro/bin-aot/retroact)
# OTHER="dotnet /path/to/retroact.dll" bench/macro/aot-check.sh compares the JIT build with that CLI instead (an older
# build, say), without publishing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
work="$root/bench/macro/data/aot-check"
dotnet build src/Retroact.Cli -c Release -v quiet -nologo >/dev/null
jit=(dotnet "$root/src/Retroact.Cli/bin/Release/net10.0/retroact.dll")
if [ -n "${OTHER:-}" ]; then
  read -r -a aot <<<"$OTHER"
else
  dotnet publish src/Retroact.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/macro/bin-aot -v quiet -nologo >/dev/null
  aot=("$root/bench/macro/bin-aot/retroact")
fi

rm -rf "$work"
mkdir -p "$work/in"
in="$work/in"
"${jit[@]}" generate --as-of 2015-10-31 --count 20000 --seed 782 --out "$in/pop.csv" >/dev/null
python3 bench/macro/ussc-from-native.py "$in/pop.csv" "$in/ussc.csv" --bad 97
"${jit[@]}" generate --as-of 2015-10-31 --count 2000 --seed 7 --out "$in/pop.jsonl" >/dev/null
python3 - "$in/pop.jsonl" "$in/bad.jsonl" <<'EOF'
import sys
lines = open(sys.argv[1]).read().splitlines()
lines[10] = '{"id": "broken", "sentencedOn": '
lines[20] = lines[20].replace('"sentencedOn":"', '"sentencedOn":"2014-13-', 1)
lines[30] = lines[30][:-1] + ',"assumed":["not-an-assumption"]}'
lines[40] = lines[40].replace('"termMonths":', '"termMonths":-', 1)
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
EOF
dotnet run bench/macro/typed-parquet.cs -- "$in/pop.csv" "$in/typed.parquet"

# Runs one build through every command in $work/run (the same absolute path for both, since some outputs name it),
# then moves the directory to $work/$1.
run_all() {
  local name="$1"
  shift
  local cli=("$@")
  mkdir -p "$work/run"
  cd "$work/run"
  step() {
    local label="$1"
    shift
    set +e
    "${cli[@]}" "$@" >"$label.stdout" 2>"$label.stderr"
    echo $? >"$label.exit"
    set -e
  }
  step help --help
  step impact-default impact --amendment 782 --out impact-default
  step impact-ussc impact --amendment 782 --population "$in/ussc.csv" --format ussc --out impact-ussc
  step impact-ussc-grant impact --amendment 782 --population "$in/ussc.csv" --format ussc --grant-rate 0.75 --draws 50 --json --out impact-ussc-grant
  step impact-jsonl impact --amendment 782 --population "$in/bad.jsonl" --out impact-jsonl
  step impact-typed-parquet impact --amendment 782 --population "$in/typed.parquet" --out impact-typed-parquet
  step impact-decisions-parquet impact --amendment 782 --population "$in/pop.csv" --decisions-format parquet --out impact-decisions-parquet
  step validate-native validate "$in/pop.csv" --json
  step validate-ussc validate "$in/ussc.csv" --format ussc --rejects rejects-ussc.csv --json
  step validate-ussc-text validate "$in/ussc.csv" --format ussc
  step validate-jsonl validate "$in/bad.jsonl" --rejects rejects.jsonl --json
  step validate-typed-parquet validate "$in/typed.parquet" --rejects rejects-typed.parquet --json
  step generate-parquet generate --as-of 2015-10-31 --count 20000 --seed 782 --out generated.parquet
  step generate-jsonl generate --as-of 2015-10-31 --count 2000 --seed 7 --out generated.jsonl
  step generate-csv generate --as-of 2015-10-31 --count 2000 --seed 7 --out generated.csv
  step validate-parquet validate generated.parquet
  step impact-parquet impact --amendment 782 --population generated.parquet --format parquet --out impact-parquet
  step reduce reduce "$in/pop.jsonl" --amendment 782 --json
  step reduce-explain reduce "$in/pop.jsonl" --amendment 782 --explain
  step release release "$in/pop.jsonl" --as-of 2016-01-01 --json
  step calc calc "$in/pop.jsonl" --json
  step range range 32 III --json
  step compare compare 782 drugs-minus-four --population "$in/pop.csv" --out compare
  step compare-moved compare 782 drugs-minus-four --reform-date 2015-11-01 --grant-model "$root/data/grant-models/example.csv" --draws 20 --population "$in/pop.csv" --out compare-moved
  cd "$root"
  rm -rf "${work:?}/$name"
  mv "$work/run" "$work/$name"
}
run_all jit "${jit[@]}"
run_all aot "${aot[@]}"

files=0
differ=0
while IFS= read -r file; do
  files=$((files + 1))
  if ! cmp -s "$work/jit/$file" "$work/aot/$file"; then
    echo "DIFFERS: $file"
    differ=$((differ + 1))
  fi
done < <(cd "$work/jit" && find . -type f | sort)
if [ "$(cd "$work/jit" && find . -type f | sort)" != "$(cd "$work/aot" && find . -type f | sort)" ]; then
  echo "DIFFERS: the two builds wrote different sets of files"
  differ=$((differ + 1))
fi
echo "$files files compared (every output, stdout, stderr and exit code of $(ls "$work/jit"/*.exit | wc -l) commands): $differ differ"
[ "$differ" = 0 ]

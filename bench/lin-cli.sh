#!/usr/bin/env bash
# Times `./electorate lin` on a generated corpus shaped like the etcd histories linearizability
# checkers are measured on (100 cas-register histories of 200 to 1,500 operations by 5 to 10
# clients, a third not linearizable), whole process against whole process: JVM start included.
# Prints the median wall and CPU seconds of RUNS runs, and the same for `./electorate --version`
# (start-up alone).
#
# Usage: bash bench/lin-cli.sh [RUNS (default 5)] [CORPUS-DIR (default bench/target/lin-corpus)]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
corpus="${2:-$root/bench/target/lin-corpus}"
case "$runs" in
  '' | *[!0-9]* | 0) echo "lin-cli.sh: RUNS must be a whole number of at least 1, not '$runs'" >&2; exit 2 ;;
esac
if [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  echo "lin-cli.sh: building the benchmarks (mvn -B -q -pl bench -am package -DskipTests)..." >&2
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests >&2)
fi
if [ ! -d "$corpus" ]; then
  java -cp "$root/bench/target/benchmarks.jar" dev.electorate.bench.LinCorpus "$corpus" 100 1 >&2
fi
"$root/electorate" --version >/dev/null # builds the CLI first if it is stale, outside the timing
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# One timed run of "$@": prints "WALL CPU" in seconds.
timed() {
  local TIMEFORMAT='%R %U %S'
  local t
  t="$( { time "$@" >/dev/null 2>&1; } 2>&1 )" || true
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t"
}

# The median of the numbers on standard input.
median() {
  sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

measure() {
  local label="$1"
  shift
  local results=()
  for _ in $(seq "$runs"); do
    results+=("$(timed "$@")")
  done
  local wall cpu
  wall="$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)"
  cpu="$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)"
  printf '%-28s median of %d: %6.3f s wall, %6.3f s CPU\n' "$label" "$runs" "$wall" "$cpu"
}

files=("$corpus"/*.edn)
echo "corpus: $corpus (${#files[@]} histories, $(du -sh "$corpus" | cut -f1)); $(nproc) cores"
measure "electorate --version" "$root/electorate" --version
measure "electorate lin (corpus)" "$root/electorate" lin --model cas-register --no-progress --out "$out" "${files[@]}"

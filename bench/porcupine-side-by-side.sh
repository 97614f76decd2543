#!/usr/bin/env bash
# Times Porcupine and `./electorate lin` on the same Jepsen etcd histories, whole process against whole
# process (start-up included), in alternating runs, and checks that their verdicts agree history by history.
#
# Usage: bash bench/porcupine-side-by-side.sh PORCUPINE_BINARY HISTORY_DIR [RUNS (default 5)]
#
# HISTORY_DIR holds the etcd_NNN.log files of Porcupine's test suite (test_data/jepsen in its source);
# they are converted once into EDN cas-register histories by dev.electorate.bench.EtcdLog, outside the timing.
# PORCUPINE_BINARY is run as `PORCUPINE_BINARY LOG...` and prints one line per log, `LOG: linearizable` or
# `LOG: not-linearizable`. `./electorate lin` runs with --no-pages, as the binary draws nothing either.
# Prints the median wall and CPU seconds of both and their ratio. Exit status: 0 when every verdict agrees,
# 1 when one differs (each listed), 2 when an input is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage_and_exit() {
  cat >&2 <<EOF
porcupine-side-by-side.sh: $1

Usage: bash bench/porcupine-side-by-side.sh PORCUPINE_BINARY HISTORY_DIR [RUNS (default 5)]

Neither input is part of Electorate. Both come from Porcupine's public source (its repository
anishathalye/porcupine), which you clone or download yourself:
  HISTORY_DIR       its test_data/jepsen folder: the etcd_000.log .. etcd_102.log histories.
  PORCUPINE_BINARY  a small Go program built against that source (Go 1.18 or newer), outside this
                    project: its main reads each log named on the command line with the Jepsen-log
                    parser of Porcupine's porcupine_test.go (parseJepsenLog), checks it with the etcd
                    model of the same file (etcdModel) by porcupine.CheckEvents, and prints
                    "LOG: linearizable" or "LOG: not-linearizable", one line per log.
EOF
  exit 2
}

[ $# -ge 2 ] && [ $# -le 3 ] || usage_and_exit "expected 2 or 3 arguments, got $#"
porcupine="$1"
histories="$2"
runs="${3:-5}"
case "$runs" in
  '' | *[!0-9]* | 0) usage_and_exit "RUNS must be a whole number of at least 1, not '$runs'" ;;
esac
[ -f "$porcupine" ] && [ -x "$porcupine" ] || usage_and_exit "no executable Porcupine binary at '$porcupine'"
[ -d "$histories" ] || usage_and_exit "no folder of histories at '$histories'"
shopt -s nullglob
logs=("$histories"/etcd_*.log)
shopt -u nullglob
[ ${#logs[@]} -gt 0 ] || usage_and_exit "no etcd_*.log histories in '$histories'"

if [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  echo "porcupine-side-by-side.sh: building the benchmarks (mvn -B -q -pl bench -am package -DskipTests)..." >&2
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests >&2)
fi
"$root/electorate" --version >/dev/null # builds the CLI first if it is stale, outside the timing
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$root/bench/target/benchmarks.jar" dev.electorate.bench.EtcdLog "$work/edn" "${logs[@]}"
edns=()
for log in "${logs[@]}"; do
  name="$(basename "$log" .log)"
  edns+=("$work/edn/$name.edn")
done

# One timed run of "$@" with its standard output kept in $work/last: prints "WALL CPU" in seconds.
timed() {
  local TIMEFORMAT='%R %U %S'
  local t
  t="$( { time "$@" >"$work/last" 2>"$work/last.err"; } 2>&1 )" || true
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t"
}

# The median of the numbers on standard input.
median() {
  sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# "NAME VERDICT" lines, sorted, from a checker's output: its lines "PATH...: VERDICT", NAME the file name
# without folder or extension.
verdicts() {
  awk '/^[^ \t].*: .*(linearizable|unknown)$/ {
    n = $0; sub(/: .*/, "", n); sub(/.*\//, "", n); sub(/\.(log|edn)$/, "", n); print n, $NF
  }' "$1" | sort
}

porc=()
ours=()
for i in $(seq "$runs"); do
  porc+=("$(timed "$porcupine" "${logs[@]}")")
  [ "$i" = 1 ] && verdicts "$work/last" >"$work/porcupine.verdicts"
  ours+=("$(timed "$root/electorate" lin --model cas-register --no-progress --no-pages --out "$work/out" "${edns[@]}")")
  if [ "$i" = 1 ]; then
    verdicts "$work/last" >"$work/electorate.verdicts"
    if [ ! -s "$work/electorate.verdicts" ]; then
      echo "porcupine-side-by-side.sh: ./electorate lin printed no verdicts:" >&2
      cat "$work/last.err" >&2
      exit 70
    fi
  fi
done

report() {
  local label="$1"
  shift
  local wall cpu
  wall="$(printf '%s\n' "$@" | awk '{print $1}' | median)"
  cpu="$(printf '%s\n' "$@" | awk '{print $2}' | median)"
  printf '%-18s median of %d: %6.3f s wall, %6.3f s CPU\n' "$label" "$runs" "$wall" "$cpu"
  echo "$wall $cpu" >"$work/$label.median"
}

echo "${#logs[@]} histories from $histories; $(nproc) cores; runs alternate"
report porcupine "${porc[@]}"
report electorate "${ours[@]}"
read -r pw pc <"$work/porcupine.median"
read -r ew ec <"$work/electorate.median"
awk -v pw="$pw" -v pc="$pc" -v ew="$ew" -v ec="$ec" \
  'BEGIN {printf "electorate / porcupine: %.2f wall, %.2f CPU\n", ew / pw, ec / pc}'

if [ "$(wc -l <"$work/porcupine.verdicts")" -ne ${#logs[@]} ]; then
  echo "porcupine-side-by-side.sh: the Porcupine binary printed $(wc -l <"$work/porcupine.verdicts") verdicts for ${#logs[@]} logs" >&2
  exit 1
fi
if ! diff "$work/porcupine.verdicts" "$work/electorate.verdicts" >"$work/verdicts.diff"; then
  echo "verdicts differ (< porcupine, > electorate):"
  grep '^[<>]' "$work/verdicts.diff"
  exit 1
fi
agree_lin="$(grep -c ' linearizable$' "$work/electorate.verdicts" || true)"
echo "verdicts agree on all ${#logs[@]} histories ($agree_lin linearizable, $((${#logs[@]} - agree_lin)) not)"

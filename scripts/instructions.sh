#!/usr/bin/env bash
# instructions.sh BINARY CORPUS: instructions a -j1 run executes, under
# valgrind's callgrind (Debian package valgrind). Unlike seconds, the count
# is the same from one run to the next whatever else the machine does: use
# it to tell a 2% change from noise. Keep the corpus small (500 articles
# take about a minute); an empty run gives the start-up cost to subtract.
set -euo pipefail
bin=$1 corpus=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() {
  GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind --callgrind-out-file="$out/cg" \
    "$bin" run --no-progress -j 1 -o "$out/$2" "$1" 2>&1 | sed -n 's/.*Collected : //p'
}
total=$(count "$corpus" run)
startup=$(count /dev/null empty)
echo "$corpus: $total instructions, start-up $startup, processing $((total - startup))"

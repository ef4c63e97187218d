#!/usr/bin/env bash
# instructions.sh BINARY CORPUS: instructions a -j1 run executes, under
# valgrind's callgrind (Debian package valgrind). Unlike seconds, the count
# hardly moves from one run to the next (within ~2%: the reader and the
# worker still interleave by timing), whatever else the machine does; run
# one count at a time. Keep the corpus small (500 articles take about a
# minute); an empty run gives the start-up cost to subtract. For a count
# that does not move at all, use one goroutine:
#   go test -c -o pt ./pipeline && cd pipeline && GODEBUG=asyncpreemptoff=1 \
#   GOMAXPROCS=1 valgrind --tool=callgrind ../pt -test.run '^$' -test.bench 'Process$' -test.benchtime 100x
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

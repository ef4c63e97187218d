#!/usr/bin/env bash
# make fuzz: run every fuzz target for a set time (default 2m each) and
# print the executions each made. Findings land in the package's
# testdata/fuzz/ folder, where `go test` replays them from then on.
set -euo pipefail
time=${1:-2m}
targets=(
  "./pipeline FuzzJSONL" "./pipeline FuzzHTML" "./pipeline FuzzWARC" "./pipeline FuzzClean" "./pipeline FuzzNormalizeSpace" "./pipeline FuzzLineSet"
  "./extract FuzzFold" "./extract/segment FuzzSplit" "./extract/segment FuzzContractionIndex" "./extract/dates FuzzDates" "./extract/orgs FuzzNames" "./extract/claims FuzzClaims"
)
for t in "${targets[@]}"; do
  set -- $t
  echo "== $2 ($1, $time)"
  go test "$1" -run '^$' -fuzz "^$2\$" -fuzztime "$time" 2>&1 | grep -E "elapsed: .*execs|PASS|FAIL|ok|panic|Failing input" | tail -3
done

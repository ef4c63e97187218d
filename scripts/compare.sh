#!/usr/bin/env bash
# compare.sh OLD NEW CORPUS [ROUNDS]: run two newsextract binaries on the
# same corpus, interleaved (old -j1, new -j1, old -jN, new -jN, ...), and
# print the median wall time, MB/s and per-stage CPU seconds of each. On a
# shared machine whose speed drifts by 20% from one minute to the next,
# only runs taken side by side compare.
set -euo pipefail
old=$1 new=$2 corpus=$3 rounds=${4:-3}
cpus=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((r = 0; r < rounds; r++)); do
  for j in 1 "$cpus"; do
    for b in old new; do
      bin=$old
      [ "$b" = new ] && bin=$new
      rm -rf "$tmp/out"
      "$bin" run --no-progress -j "$j" -o "$tmp/out" "$corpus" >/dev/null 2>&1
      cp "$tmp/out/manifest.json" "$tmp/$b-j$j-$r.json"
    done
  done
done
python3 - "$tmp" "$rounds" "$cpus" <<'PY'
import json, sys, statistics as st
tmp, rounds, cpus = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def runs(b, j):
    return [json.load(open(f"{tmp}/{b}-j{j}-{r}.json"))["runs"][-1]["stats"] for r in range(rounds)]
med = {}
for j in ("1", cpus):
    for b in ("old", "new"):
        rs = runs(b, j)
        wall = st.median(m["wall_seconds"] for m in rs)
        mb = rs[0]["input_bytes"] / 1e6
        med[b, j] = wall
        stages = {k: st.median(m["stage_seconds"].get(k, 0) for m in rs) for k in rs[0]["stage_seconds"]}
        walls = "/".join(f"{m['wall_seconds']:.1f}" for m in rs)
        top = " ".join(f"{k} {v:.2f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
        print(f"{b:>3} -j{j}: median wall {wall:6.2f} s ({walls}), {mb / wall:5.2f} MB/s, {rs[0]['documents'] / wall:6.0f} docs/s, peak {max(m['peak_rss_mb'] for m in rs):.0f} MB; stage s: {top}")
for b in ("old", "new"):
    print(f"{b}: speed-up at -j{cpus}: {med[b, '1'] / med[b, cpus]:.2f}x")
print(f"new/old speed: -j1 {med['old', '1'] / med['new', '1']:.2f}x, -j{cpus} {med['old', cpus] / med['new', cpus]:.2f}x")
PY

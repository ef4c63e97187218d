#!/usr/bin/env bash
# make bench: run the full pipeline (every extractor, Parquet output) on the
# generated corpora with one worker and with every CPU, and print a table of
# docs/s, MB/s, peak RSS, output size and the per-stage share of CPU time.
# Corpora under 50 MB are run REPEAT times (default 3) per setting and the
# median run is shown: a shared machine varies by 20% from run to run.
set -euo pipefail
dir=${1:-bench}
bin=${BIN:-bin/newsextract}
repeat=${REPEAT:-3}
cpus=$(nproc)
printf '%-22s %4s %8s %9s %7s %9s %10s %8s  %s\n' corpus jobs docs/s MB/s "RSS MB" "wall s" "out MB" speedup "stage share (CPU)"
for corpus in "$dir"/corpus-*.jsonl; do
  n=1
  if [ "$(stat -c %s "$corpus")" -lt 100000000 ]; then n=$repeat; fi
  for j in 1 "$cpus"; do
    runs=()
    for ((r = 0; r < n; r++)); do
      out=$(mktemp -d)
      "$bin" run --no-progress -j "$j" -o "$out" "$corpus" 2>/dev/null
      size=$(du -sm "$out" | cut -f1)
      cp "$out/manifest.json" "$out.manifest.json"
      runs+=("$out.manifest.json")
      rm -rf "$out"
    done
    python3 - "$(basename "$corpus")" "$j" "$size" "${runs[@]}" <<'PY'
import json, sys, os
name, jobs, size, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
runs = sorted((json.load(open(f))["runs"][-1]["stats"] for f in files), key=lambda m: m["wall_seconds"])
for f in files: os.remove(f)
m = runs[len(runs) // 2]  # the median run
st = m["stage_seconds"]; tot = sum(st.values()) or 1
share = " ".join(f"{k} {100*v/tot:.0f}%" for k, v in sorted(st.items(), key=lambda kv: -kv[1]))
rate = m["documents"] / m["wall_seconds"]
key = f"/tmp/newsextract-bench-{os.getuid()}-{name}"
speed = ""
if jobs == "1":
    open(key, "w").write(str(rate))
elif os.path.exists(key):
    speed = f"{rate / float(open(key).read()):.2f}x"
walls = "/".join(f"{r['wall_seconds']:.1f}" for r in runs)
print(f"{name:<22} {jobs:>4} {rate:8.0f} {m['input_bytes']/1e6/m['wall_seconds']:9.2f} {m['peak_rss_mb']:7.0f} {m['wall_seconds']:9.1f} {size:>10} {speed:>8}  {share}  (walls {walls} s)")
PY
  done
done

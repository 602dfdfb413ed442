#!/bin/sh
# Called by Maven (generate-test-resources). Runs the peer script with Debian's python3 (pydicom, GDCM);
# when a peer is missing it leaves OUT/peers-missing.txt, which the conformance test reports (and fails
# on when CI=true), instead of breaking the build.
OUT="$1"
mkdir -p "$OUT"
rm -f "$OUT/peers-missing.txt"
if [ ! -x /usr/bin/python3 ]; then
  echo "/usr/bin/python3 (Debian python3 with python3-pydicom, python3-gdcm) not found" > "$OUT/peers-missing.txt"
  exit 0
fi
/usr/bin/python3 "$(dirname "$0")/make-pixel-refs.py" "$OUT" 2> "$OUT/make-pixel-refs.log"
status=$?
if [ $status -eq 3 ]; then
  grep "missing peer" "$OUT/make-pixel-refs.log" > "$OUT/peers-missing.txt"
  exit 0
fi
tail -1 "$OUT/make-pixel-refs.log" >&2
exit $status

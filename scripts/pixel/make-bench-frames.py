#!/usr/bin/python3
"""Benchmark frames for DecodeBenchmark: a synthetic CT-like volume compressed by the peers.

Writes OUT/<name>.dcm (native, rle, jpeg-lossless, j2k) and OUT/<name>/frame-<n>.bin with each frame's bytes
(native bytes, or the encapsulated frame's fragments), plus OUT/bench.json describing them.

  native.dcm          pydicom, Explicit VR Little Endian, 512x512, 16 bits allocated, 12 stored, unsigned
  rle.dcm             dcmtk: dcmcrle native.dcm rle.dcm
  jpeg-lossless.dcm   dcmtk: dcmcjpeg +e1 native.dcm (JPEG lossless, process 14 SV1)
  j2k.dcm             GDCM:  gdcmconv --j2k native.dcm (JPEG 2000 lossless)

Usage: /usr/bin/python3 scripts/pixel/make-bench-frames.py OUT [FRAMES]
"""
import json
import os
import subprocess
import sys

import numpy as np
import pydicom
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.encaps import generate_pixel_data_frame
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

SIZE = 512


def phantom(frames):
    """Air around an elliptic body (soft tissue with noise), a spine-like bone disc moving through the slices."""
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:SIZE, 0:SIZE]
    body = ((x - 256) / 220.0) ** 2 + ((y - 256) / 170.0) ** 2 <= 1
    vol = np.empty((frames, SIZE, SIZE), dtype=np.uint16)
    for f in range(frames):
        img = np.full((SIZE, SIZE), 24.0)  # -1000 HU with intercept -1024
        img[body] = 1064 + rng.normal(0, 12, body.sum())
        bone = (x - 256) ** 2 + (y - (330 - f % 40)) ** 2 <= 30 ** 2
        img[bone] = 1900 + rng.normal(0, 40, bone.sum())
        vol[f] = np.clip(img, 0, 4095).astype(np.uint16)
    return vol


def write_native(path, vol):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2.1"  # Enhanced CT would need more; CT is enough here
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(path, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = "CT"
    ds.PatientName = "Bench^Phantom"
    ds.PatientID = "BENCH"
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.Rows = ds.Columns = SIZE
    ds.NumberOfFrames = vol.shape[0]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.WindowCenter = 40
    ds.WindowWidth = 400
    ds.PixelData = vol.tobytes()
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.save_as(path, write_like_original=False)


def split_frames(path, folder):
    ds = pydicom.dcmread(path)
    n = int(ds.NumberOfFrames)
    os.makedirs(folder, exist_ok=True)
    if ds.file_meta.TransferSyntaxUID.is_compressed:
        frames = list(generate_pixel_data_frame(ds.PixelData, n))
    else:
        size = SIZE * SIZE * 2
        frames = [ds.PixelData[i * size:(i + 1) * size] for i in range(n)]
    for i, frame in enumerate(frames):
        with open(os.path.join(folder, "frame-%d.bin" % i), "wb") as f:
            f.write(frame)
    return str(ds.file_meta.TransferSyntaxUID), n, sum(len(f) for f in frames)


def main():
    out = sys.argv[1]
    frames = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    os.makedirs(out, exist_ok=True)
    native = os.path.join(out, "native.dcm")
    write_native(native, phantom(frames))
    commands = {
        "rle": ["dcmcrle", native, os.path.join(out, "rle.dcm")],
        "jpeg-lossless": ["dcmcjpeg", "+e1", native, os.path.join(out, "jpeg-lossless.dcm")],
        "j2k": ["gdcmconv", "--j2k", native, os.path.join(out, "j2k.dcm")],
    }
    for cmd in commands.values():
        subprocess.run(cmd, check=True)
    entries = []
    for name in ["native"] + list(commands):
        ts, n, total = split_frames(os.path.join(out, name + ".dcm"), os.path.join(out, name))
        entries.append({"name": name, "file": name + ".dcm", "transferSyntax": ts, "frames": n, "bytes": total})
    with open(os.path.join(out, "bench.json"), "w") as f:
        json.dump({"rows": SIZE, "columns": SIZE, "bitsAllocated": 16, "bitsStored": 12, "entries": entries}, f,
                  indent=1)
    print("make-bench-frames: %d frames x %d syntaxes -> %s" % (frames, len(entries), out))


if __name__ == "__main__":
    main()

package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;

/**
 * Writes the Image Pixel module (PS3.3 C.7.6.3) of a {@link PixelFormat} and its native Pixel Data into a data
 * set: the inverse of what {@link DicomImage} reads, for images made in code (synthetic data, derived images).
 */
public final class ImagePixelModule {
    private ImagePixelModule() {}

    /**
     * {@code pixelData}: native little-endian frames one after the other, as {@link PixelFormat} lays them out
     * ({@link StoredSamples#littleEndian(short[])} makes them from 16-bit samples).
     */
    public static Dataset put(Dataset ds, PixelFormat f, byte[] pixelData) {
        ds.put(Tags.SamplesPerPixel, VR.US, f.samplesPerPixel());
        ds.put(Tags.PhotometricInterpretation, VR.CS, f.photometricInterpretation());
        if (f.samplesPerPixel() > 1) {
            ds.put(Tags.PlanarConfiguration, VR.US, f.planarConfiguration());
        }
        if (f.numberOfFrames() > 1) {
            ds.put(Tags.NumberOfFrames, VR.IS, f.numberOfFrames());
        }
        ds.put(Tags.Rows, VR.US, f.rows());
        ds.put(Tags.Columns, VR.US, f.columns());
        ds.put(Tags.BitsAllocated, VR.US, f.bitsAllocated());
        ds.put(Tags.BitsStored, VR.US, f.bitsStored());
        ds.put(Tags.HighBit, VR.US, f.highBit());
        ds.put(Tags.PixelRepresentation, VR.US, f.pixelRepresentation());
        return ds.put(Tags.PixelData, f.bitsAllocated() <= 8 ? VR.OB : VR.OW, pixelData);
    }
}

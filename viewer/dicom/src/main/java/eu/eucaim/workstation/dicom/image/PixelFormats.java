package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.pixel.Photometric;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.nio.file.Path;

/**
 * The decoder's {@link PixelFormat} from a data set's Image Pixel module (PS3.3 C.7.6.3). Rows, Columns and
 * BitsAllocated are required; the others take the values the standard implies when absent (BitsStored =
 * BitsAllocated, HighBit = BitsStored - 1, unsigned, MONOCHROME2, SamplesPerPixel of the photometric
 * interpretation, planar configuration 0). Every error names the file and the attribute.
 */
final class PixelFormats {
    private PixelFormats() {}

    static PixelFormat of(Dataset ds, int frames, Path file) {
        int rows = required(ds, Tags.Rows, "Rows", file);
        int columns = required(ds, Tags.Columns, "Columns", file);
        int bitsAllocated = required(ds, Tags.BitsAllocated, "BitsAllocated", file);
        int bitsStored = ds.getInt(Tags.BitsStored, bitsAllocated);
        String photometric = ds.getString(Tags.PhotometricInterpretation, Photometric.MONOCHROME2.dicomName());
        try {
            int samples =
                    ds.getInt(Tags.SamplesPerPixel, Photometric.of(photometric).samplesPerPixel());
            return new PixelFormat(
                    rows,
                    columns,
                    samples,
                    bitsAllocated,
                    bitsStored,
                    ds.getInt(Tags.HighBit, bitsStored - 1),
                    ds.getInt(Tags.PixelRepresentation, 0),
                    photometric,
                    ds.getInt(Tags.PlanarConfiguration, 0),
                    frames);
        } catch (PixelDataException e) {
            throw new PixelDataException(file + ": " + e.getMessage(), e);
        }
    }

    private static int required(Dataset ds, int tag, String keyword, Path file) {
        int[] v = ds.getInts(tag);
        if (v.length == 0) {
            throw new PixelDataException(file + ": " + keyword + " " + Tag.toString(tag)
                    + " is missing or empty; it is required to decode Pixel Data");
        }
        return v[0];
    }
}

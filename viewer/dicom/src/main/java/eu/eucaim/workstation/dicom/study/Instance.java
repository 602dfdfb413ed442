package eu.eucaim.workstation.dicom.study;

import eu.eucaim.workstation.dicom.source.InstanceSource;

/**
 * One image or object found by a scan.
 *
 * @param source      where it is (a file, a zip entry, a DICOMDIR's file, a remote instance)
 * @param position    Image Position (Patient), or null
 * @param orientation Image Orientation (Patient), or null
 */
public record Instance(
        InstanceSource source,
        String sopClassUid,
        String sopInstanceUid,
        int instanceNumber,
        int frames,
        double[] position,
        double[] orientation) {

    /** Distance along the slice normal (row × column direction cosines), NaN without geometry. */
    public double slicePosition() {
        if (position == null || position.length < 3 || orientation == null || orientation.length < 6) {
            return Double.NaN;
        }
        double[] o = orientation;
        double nx = o[1] * o[5] - o[2] * o[4];
        double ny = o[2] * o[3] - o[0] * o[5];
        double nz = o[0] * o[4] - o[1] * o[3];
        return nx * position[0] + ny * position[1] + nz * position[2];
    }
}

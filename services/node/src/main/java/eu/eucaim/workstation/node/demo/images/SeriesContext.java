package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;

/**
 * What every instance of one demo series shares: the Patient, General Study, General Series, Frame of Reference
 * and General Equipment modules.
 *
 * @param frameOfReferenceUid null for images without patient geometry (projection radiographs, angiography)
 */
record SeriesContext(
        DemoPatient patient,
        String studyUid,
        String studyId,
        String studyDate,
        String studyTime,
        String studyDescription,
        String accessionNumber,
        String seriesUid,
        int seriesNumber,
        String seriesDescription,
        String modality,
        String bodyPart,
        String frameOfReferenceUid,
        String manufacturerModel) {

    static final String SPECIFIC_CHARACTER_SET = "ISO_IR 192";

    /** A new data set with the shared modules and the SOP Common and General Image identity of one instance. */
    Dataset instance(String sopClassUid, String sopInstanceUid, int instanceNumber) {
        Dataset ds = new Dataset();
        ds.put(Tags.SpecificCharacterSet, VR.CS, SPECIFIC_CHARACTER_SET);
        ds.put(Attr.InstanceCreationDate, VR.DA, studyDate);
        ds.put(Attr.InstanceCreationTime, VR.TM, studyTime);
        ds.put(Tags.SOPClassUID, VR.UI, sopClassUid);
        ds.put(Tags.SOPInstanceUID, VR.UI, sopInstanceUid);
        ds.put(Tags.StudyDate, VR.DA, studyDate);
        ds.put(Attr.SeriesDate, VR.DA, studyDate);
        ds.put(Attr.ContentDate, VR.DA, studyDate);
        ds.put(Tags.StudyTime, VR.TM, studyTime);
        ds.put(Attr.SeriesTime, VR.TM, studyTime);
        ds.put(Attr.ContentTime, VR.TM, studyTime);
        ds.put(Tags.AccessionNumber, VR.SH, accessionNumber);
        ds.put(Tags.Modality, VR.CS, modality);
        ds.put(Attr.Manufacturer, VR.LO, "EUCAIM Workstation demo generator");
        ds.put(Attr.InstitutionName, VR.LO, "Demo Imaging Biobank (fictional)");
        ds.put(Attr.ReferringPhysicianName, VR.PN, "");
        ds.put(Tags.StudyDescription, VR.LO, studyDescription);
        ds.put(Tags.SeriesDescription, VR.LO, seriesDescription);
        ds.put(Attr.ManufacturerModelName, VR.LO, manufacturerModel);
        ds.put(Tags.PatientName, VR.PN, patient.name());
        ds.put(Tags.PatientID, VR.LO, patient.id());
        ds.put(Tags.PatientBirthDate, VR.DA, patient.birthDate());
        ds.put(Tags.PatientSex, VR.CS, patient.sex());
        ds.put(DemoPatient.PATIENT_COMMENTS, VR.LT, DemoPatient.COMMENT);
        ds.put(Attr.BodyPartExamined, VR.CS, bodyPart);
        ds.put(Tags.StudyInstanceUID, VR.UI, studyUid);
        ds.put(Tags.SeriesInstanceUID, VR.UI, seriesUid);
        ds.put(Tags.StudyID, VR.SH, studyId);
        ds.put(Tags.SeriesNumber, VR.IS, seriesNumber);
        ds.put(Attr.AcquisitionNumber, VR.IS, 1);
        ds.put(Tags.InstanceNumber, VR.IS, instanceNumber);
        if (frameOfReferenceUid != null) {
            ds.put(Tags.FrameOfReferenceUID, VR.UI, frameOfReferenceUid);
            ds.put(Attr.PositionReferenceIndicator, VR.LO, "");
        }
        ds.put(Attr.Laterality, VR.CS, "");
        ds.put(Attr.BurnedInAnnotation, VR.CS, "NO");
        ds.put(Attr.LossyImageCompression, VR.CS, "00");
        return ds;
    }

    /** Image Pixel module for grayscale native pixel data. */
    static void grayscale(Dataset ds, int rows, int cols, int bitsStored, boolean signed, String photometric) {
        ds.put(Tags.SamplesPerPixel, VR.US, 1);
        ds.put(Tags.PhotometricInterpretation, VR.CS, photometric);
        ds.put(Tags.Rows, VR.US, rows);
        ds.put(Tags.Columns, VR.US, cols);
        ds.put(Tags.BitsAllocated, VR.US, bitsStored > 8 ? 16 : 8);
        ds.put(Tags.BitsStored, VR.US, bitsStored);
        ds.put(Tags.HighBit, VR.US, bitsStored - 1);
        ds.put(Tags.PixelRepresentation, VR.US, signed ? 1 : 0);
    }

    /** A code sequence item (PS3.3 8.8): value, scheme, meaning. */
    static Dataset code(Dataset parent, String value, String scheme, String meaning) {
        Dataset c = parent.newItem();
        c.put(0x00080100, VR.SH, value);
        c.put(0x00080102, VR.SH, scheme);
        c.put(0x00080104, VR.LO, meaning);
        return c;
    }

    /** 16-bit samples as little endian bytes (the writer's explicit VR little endian). */
    static byte[] littleEndian(short[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }
}

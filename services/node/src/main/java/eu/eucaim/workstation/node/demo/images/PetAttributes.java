package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import java.util.List;

/** The PET Series, PET Isotope, NM/PET Patient Orientation and PET Image modules (PS3.3 C.8.9) of a static FDG scan. */
final class PetAttributes {
    private static final int Units = 0x00541001;
    private static final int CountsSource = 0x00541002;
    private static final int SeriesType = 0x00541000;
    private static final int NumberOfSlices = 0x00540081;
    private static final int CorrectedImage = 0x00280051;
    private static final int DecayCorrection = 0x00541102;
    private static final int RandomsCorrectionMethod = 0x00541100;
    private static final int AttenuationCorrectionMethod = 0x00541101;
    private static final int ReconstructionMethod = 0x00541103;
    private static final int CollimatorType = 0x00181181;
    private static final int RadiopharmaceuticalInformationSequence = 0x00540016;
    private static final int Radiopharmaceutical = 0x00180031;
    private static final int RadiopharmaceuticalStartTime = 0x00181072;
    private static final int RadionuclideTotalDose = 0x00181074;
    private static final int RadionuclideHalfLife = 0x00181075;
    private static final int RadionuclidePositronFraction = 0x00181076;
    private static final int RadionuclideCodeSequence = 0x00540300;
    private static final int PatientOrientationCodeSequence = 0x00540410;
    private static final int PatientGantryRelationshipCodeSequence = 0x00540414;
    private static final int ImageIndex = 0x00541330;
    private static final int FrameReferenceTime = 0x00541300;
    private static final int ActualFrameDuration = 0x00181242;
    private static final int DecayFactor = 0x00541321;
    private static final int DoseCalibrationFactor = 0x00541322;
    private static final int PatientWeight = 0x00101030;

    private PetAttributes() {}

    /** The radiopharmaceutical: FDG for most cancers, a Ga-68 PSMA ligand for the prostate. */
    enum Tracer {
        FDG("Fluorodeoxyglucose F^18^", 370e6, 6586.2, 0.9686, "77004003", "^18^Fluorine"),
        PSMA("Ga-68 PSMA-11", 150e6, 4057.7, 0.889, "C-131A3", "^68^Gallium") {
            @Override
            String scheme() {
                return "SRT";
            }
        };

        final String name;
        final double dose;
        final double halfLife;
        final double positronFraction;
        final String nuclideCode;
        final String nuclide;

        Tracer(String name, double dose, double halfLife, double positronFraction, String nuclideCode, String nuclide) {
            this.name = name;
            this.dose = dose;
            this.halfLife = halfLife;
            this.positronFraction = positronFraction;
            this.nuclideCode = nuclideCode;
            this.nuclide = nuclide;
        }

        String scheme() {
            return "SCT";
        }
    }

    static void add(Dataset ds, SeriesContext context, Volume volume, int index, Tracer tracer) {
        // The PET IOD places the patient with the orientation code sequences instead, and has no Rescale Type.
        ds.remove(Attr.PatientPosition);
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        ds.put(PatientWeight, VR.DS, 74);
        ds.put(Attr.AcquisitionDate, VR.DA, context.studyDate());
        ds.put(Attr.AcquisitionTime, VR.TM, context.studyTime());
        ds.put(Units, VR.CS, "BQML");
        ds.put(CountsSource, VR.CS, "EMISSION");
        ds.put(SeriesType, VR.CS, "STATIC", "IMAGE");
        ds.put(NumberOfSlices, VR.US, volume.slices());
        ds.put(CorrectedImage, VR.CS, "DECY", "ATTN", "SCAT", "DTIM", "RAN", "NORM");
        ds.put(DecayCorrection, VR.CS, "START");
        ds.put(RandomsCorrectionMethod, VR.CS, "DLYD");
        ds.put(AttenuationCorrectionMethod, VR.LO, "CT-based");
        ds.put(ReconstructionMethod, VR.LO, "OSEM 3i21s");
        ds.put(CollimatorType, VR.CS, "NONE");
        Dataset drug = ds.newItem();
        drug.put(Radiopharmaceutical, VR.LO, tracer.name);
        drug.put(RadiopharmaceuticalStartTime, VR.TM, startOfInjection(context.studyTime()));
        drug.put(RadionuclideTotalDose, VR.DS, tracer.dose);
        drug.put(RadionuclideHalfLife, VR.DS, tracer.halfLife);
        drug.put(RadionuclidePositronFraction, VR.DS, tracer.positronFraction);
        drug.putSequence(
                RadionuclideCodeSequence,
                List.of(SeriesContext.code(ds, tracer.nuclideCode, tracer.scheme(), tracer.nuclide)));
        ds.putSequence(RadiopharmaceuticalInformationSequence, List.of(drug));
        ds.putSequence(
                PatientOrientationCodeSequence, List.of(SeriesContext.code(ds, "102538003", "SCT", "recumbent")));
        ds.putSequence(
                PatientGantryRelationshipCodeSequence,
                List.of(SeriesContext.code(ds, "102540008", "SCT", "headfirst")));
        SeriesContext.grayscale(ds, volume.size(), volume.size(), 16, false, "MONOCHROME2");
        ds.put(Tags.RescaleIntercept, VR.DS, 0);
        ds.put(Tags.RescaleSlope, VR.DS, AxialImages.PET_SLOPE);
        ds.put(FrameReferenceTime, VR.DS, 0);
        ds.put(ImageIndex, VR.US, index + 1);
        ds.put(ActualFrameDuration, VR.IS, 120_000);
        ds.put(DecayFactor, VR.DS, 1);
        ds.put(DoseCalibrationFactor, VR.DS, 1);
        // SUV 0..6 in Bq/ml: the hot spots stand out, the body stays visible.
        ds.put(Tags.WindowCenter, VR.DS, 3 * AxialImages.BQML_PER_SUV);
        ds.put(Tags.WindowWidth, VR.DS, 6 * AxialImages.BQML_PER_SUV);
    }

    /** An hour before the scan. */
    private static String startOfInjection(String scanTime) {
        int hour = Integer.parseInt(scanTime.substring(0, 2));
        return String.format("%02d%s", Math.max(0, hour - 1), scanTime.substring(2));
    }
}

package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import java.util.List;

/**
 * The DX Series, DX Anatomy Imaged, DX Image, DX Detector, Mammography Image and VOI LUT modules (PS3.3 C.8.11) of
 * one view of a digital mammogram for presentation.
 */
final class MammographyAttributes {
    private static final int PresentationIntentType = 0x00080068;
    private static final int ImageLaterality = 0x00200062;
    private static final int AnatomicRegionSequence = 0x00082218;
    private static final int ViewCodeSequence = 0x00540220;
    private static final int ViewModifierCodeSequence = 0x00540222;
    private static final int PositionerType = 0x00181508;
    private static final int OrganExposed = 0x00400318;
    private static final int DetectorType = 0x00187004;
    private static final int BreastImplantPresent = 0x00281300;
    private static final int PartialView = 0x00281350;
    private static final int BodyPartThickness = 0x001811A0;
    private static final int CompressionForce = 0x001811A2;
    private static final int DistanceSourceToPatient = 0x00181111;
    private static final int EstimatedRadiographicMagnificationFactor = 0x00181114;
    private static final int ContrastBolusAgent = 0x00180010;
    private static final int QualityControlImage = 0x00280300;
    private static final int AcquisitionContextSequence = 0x00400555;

    private MammographyAttributes() {}

    static void add(Dataset ds, Mammogram.View view, int cols, int rows, double spacing) {
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "");
        ds.put(PresentationIntentType, VR.CS, "FOR PRESENTATION");
        ds.put(Attr.PatientOrientation, VR.CS, view.orientation());
        ds.put(ImageLaterality, VR.CS, view.laterality());
        ds.putSequence(AnatomicRegionSequence, List.of(SeriesContext.code(ds, "76752008", "SCT", "Breast")));
        Dataset viewCode = view.oblique()
                ? SeriesContext.code(ds, "399368009", "SCT", "medio-lateral oblique")
                : SeriesContext.code(ds, "399162004", "SCT", "cranio-caudal");
        viewCode.putSequence(ViewModifierCodeSequence, List.of());
        ds.putSequence(ViewCodeSequence, List.of(viewCode));
        ds.putSequence(AcquisitionContextSequence, List.of());
        ds.put(PositionerType, VR.CS, "MAMMOGRAPHIC");
        ds.put(Attr.PositionerPrimaryAngle, VR.DS, view.oblique() ? (view.right() ? 45 : -45) : 0);
        ds.put(OrganExposed, VR.CS, "BREAST");
        ds.put(BreastImplantPresent, VR.CS, "NO");
        ds.put(PartialView, VR.CS, "NO");
        ds.put(ContrastBolusAgent, VR.LO, "");
        ds.put(QualityControlImage, VR.CS, "NO");
        ds.put(Attr.KVP, VR.DS, 29);
        ds.put(Attr.ExposureTime, VR.IS, 1200);
        ds.put(Attr.XRayTubeCurrent, VR.IS, 100);
        ds.put(BodyPartThickness, VR.DS, 52);
        ds.put(CompressionForce, VR.DS, 110);
        ds.put(Attr.DistanceSourceToDetector, VR.DS, 660);
        ds.put(DistanceSourceToPatient, VR.DS, 620);
        ds.put(EstimatedRadiographicMagnificationFactor, VR.DS, 1.0645); // 660 / 620
        ds.put(DetectorType, VR.CS, "DIRECT");
        ds.put(Attr.ImagerPixelSpacing, VR.DS, spacing, spacing);
        ds.put(Tags.PixelSpacing, VR.DS, spacing, spacing);
        SeriesContext.grayscale(ds, rows, cols, 12, false, "MONOCHROME2");
        ds.put(Attr.PixelIntensityRelationship, VR.CS, "LOG");
        ds.put(Attr.PixelIntensityRelationshipSign, VR.SS, 1);
        ds.put(Tags.RescaleIntercept, VR.DS, 0);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        ds.put(Attr.RescaleType, VR.LO, "US");
        ds.put(Attr.PresentationLUTShape, VR.CS, "IDENTITY");
        ds.put(Tags.WindowCenter, VR.DS, 2100);
        ds.put(Tags.WindowWidth, VR.DS, 3000);
    }
}

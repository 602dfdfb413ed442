package eu.eucaim.workstation.node.demo.images;

/** Tags the demo images write that the DICOM core's {@code Tags} does not name (PS3.6 keywords). */
final class Attr {
    static final int ImageType = 0x00080008;
    static final int InstanceCreationDate = 0x00080012;
    static final int InstanceCreationTime = 0x00080013;
    static final int SeriesDate = 0x00080021;
    static final int AcquisitionDate = 0x00080022;
    static final int ContentDate = 0x00080023;
    static final int SeriesTime = 0x00080031;
    static final int AcquisitionTime = 0x00080032;
    static final int ContentTime = 0x00080033;
    static final int Manufacturer = 0x00080070;
    static final int InstitutionName = 0x00080080;
    static final int ReferringPhysicianName = 0x00080090;
    static final int ManufacturerModelName = 0x00081090;
    static final int PatientIdentityRemoved = 0x00120062;
    static final int ScanningSequence = 0x00180020;
    static final int SequenceVariant = 0x00180021;
    static final int ScanOptions = 0x00180022;
    static final int MRAcquisitionType = 0x00180023;
    static final int BodyPartExamined = 0x00180015;
    static final int CineRate = 0x00180040;
    static final int KVP = 0x00180060;
    static final int RepetitionTime = 0x00180080;
    static final int EchoTime = 0x00180081;
    static final int ImagingFrequency = 0x00180084;
    static final int MagneticFieldStrength = 0x00180087;
    static final int SpacingBetweenSlices = 0x00180088;
    static final int EchoTrainLength = 0x00180091;
    static final int DataCollectionDiameter = 0x00180090;
    static final int ReconstructionDiameter = 0x00181100;
    static final int DistanceSourceToDetector = 0x00181110;
    static final int ExposureTime = 0x00181150;
    static final int XRayTubeCurrent = 0x00181151;
    static final int FrameTime = 0x00181063;
    static final int ImagerPixelSpacing = 0x00181164;
    static final int ConvolutionKernel = 0x00181210;
    static final int PositionerMotion = 0x00181500;
    static final int PositionerPrimaryAngle = 0x00181510;
    static final int PositionerSecondaryAngle = 0x00181511;
    static final int PatientPosition = 0x00185100;
    static final int ViewPosition = 0x00185101;
    static final int AcquisitionNumber = 0x00200012;
    static final int PatientOrientation = 0x00200020;
    static final int Laterality = 0x00200060;
    static final int PositionReferenceIndicator = 0x00201040;
    static final int SliceLocation = 0x00201041;
    static final int ImagesInAcquisition = 0x00201002;
    static final int FrameIncrementPointer = 0x00280009;
    static final int PixelIntensityRelationship = 0x00281040;
    static final int PixelIntensityRelationshipSign = 0x00281041;
    static final int RescaleType = 0x00281054;
    static final int WindowCenterWidthExplanation = 0x00281055;
    static final int LossyImageCompression = 0x00282110;
    static final int BurnedInAnnotation = 0x00280301;
    static final int PresentationLUTShape = 0x20500020;

    private Attr() {}
}

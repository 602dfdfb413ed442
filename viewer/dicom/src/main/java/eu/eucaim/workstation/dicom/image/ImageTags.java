package eu.eucaim.workstation.dicom.image;

/** Tags of the display modules (PS3.3 C.11, C.7.6.16) that {@code Tags} does not name yet. */
@SuppressWarnings("checkstyle:ConstantName")
final class ImageTags {
    static final int WindowCenterWidthExplanation = 0x00281055;
    static final int VOILUTFunction = 0x00281056;
    static final int RedPaletteColorLookupTableDescriptor = 0x00281101;
    static final int GreenPaletteColorLookupTableDescriptor = 0x00281102;
    static final int BluePaletteColorLookupTableDescriptor = 0x00281103;
    static final int RedPaletteColorLookupTableData = 0x00281201;
    static final int GreenPaletteColorLookupTableData = 0x00281202;
    static final int BluePaletteColorLookupTableData = 0x00281203;
    static final int SegmentedRedPaletteColorLookupTableData = 0x00281221;
    static final int SegmentedGreenPaletteColorLookupTableData = 0x00281222;
    static final int SegmentedBluePaletteColorLookupTableData = 0x00281223;
    static final int ModalityLUTSequence = 0x00283000;
    static final int LUTDescriptor = 0x00283002;
    static final int LUTData = 0x00283006;
    static final int VOILUTSequence = 0x00283010;
    static final int FrameVOILUTSequence = 0x00289132;
    static final int PixelValueTransformationSequence = 0x00289145;
    static final int PresentationLUTShape = 0x20500020;
    static final int SharedFunctionalGroupsSequence = 0x52009229;
    static final int PerFrameFunctionalGroupsSequence = 0x52009230;

    private ImageTags() {}
}

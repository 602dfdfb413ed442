package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.lut.VoiLutFunction;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link DisplayParameters} for one frame. Covered:
 * <ul>
 * <li>Modality LUT module (C.11.1): Modality LUT Sequence (first item) or Rescale Slope/Intercept;</li>
 * <li>VOI LUT module (C.11.2): every Window Center/Width pair with its explanation, VOI LUT Function, every
 *     VOI LUT Sequence item;</li>
 * <li>Presentation LUT Shape (2050,0020) when the image has it (DX, MG...), else INVERSE for MONOCHROME1;</li>
 * <li>multi-frame functional groups (C.7.6.16): Pixel Value Transformation and Frame VOI LUT, taken from the
 *     frame's Per-frame Functional Groups item, else from the Shared Functional Groups item, else from the
 *     top level as above.</li>
 * </ul>
 * Not covered: presentation states, Softcopy VOI LUT, Real World Value Mapping.
 */
final class DisplayAttributes {
    private DisplayAttributes() {}

    /** @param frame 0-based; only used to pick the per-frame functional group item */
    static DisplayParameters of(Dataset ds, int frame, boolean signed, String photometric) {
        Dataset rescale = functionalGroup(ds, frame, ImageTags.PixelValueTransformationSequence);
        Dataset voi = functionalGroup(ds, frame, ImageTags.FrameVOILUTSequence);
        return new DisplayParameters(
                modality(ds, rescale != null ? rescale : ds, signed),
                windows(voi != null ? voi : ds),
                voiLuts(voi != null && voi.contains(ImageTags.VOILUTSequence) ? voi : ds, signed),
                shape(ds, photometric));
    }

    /** The first item of a functional group macro that applies to the frame, or null. */
    private static Dataset functionalGroup(Dataset ds, int frame, int macro) {
        List<Dataset> perFrame = ds.getSequence(ImageTags.PerFrameFunctionalGroupsSequence);
        if (frame < perFrame.size()) {
            List<Dataset> items = perFrame.get(frame).getSequence(macro);
            if (!items.isEmpty()) {
                return items.get(0);
            }
        }
        List<Dataset> shared = ds.getSequence(ImageTags.SharedFunctionalGroupsSequence);
        if (!shared.isEmpty()) {
            List<Dataset> items = shared.get(0).getSequence(macro);
            if (!items.isEmpty()) {
                return items.get(0);
            }
        }
        return null;
    }

    private static ModalityTransform modality(Dataset top, Dataset rescale, boolean signed) {
        List<Dataset> lut = top.getSequence(ImageTags.ModalityLUTSequence);
        if (!lut.isEmpty()) {
            return new ModalityTransform.Lut(
                    LutAttributes.table(lut.get(0), ImageTags.LUTDescriptor, ImageTags.LUTData, signed));
        }
        double slope = rescale.getDouble(Tags.RescaleSlope, 1);
        double intercept = rescale.getDouble(Tags.RescaleIntercept, 0);
        try {
            return new ModalityTransform.Rescale(slope, intercept);
        } catch (IllegalArgumentException e) {
            throw new PixelDataException(
                    "RescaleSlope (0028,1053) / RescaleIntercept (0028,1052): " + e.getMessage(), e);
        }
    }

    /**
     * Window Center/Width pairs in step with their explanations. A pair the VOI LUT Function forbids (e.g.
     * width 0 with LINEAR) is left out rather than failing the image: the viewer then opens with the next one.
     */
    private static List<VoiTransform.Window> windows(Dataset ds) {
        double[] centers = ds.getDoubles(Tags.WindowCenter);
        double[] widths = ds.getDoubles(Tags.WindowWidth);
        String[] explanations = ds.getStrings(ImageTags.WindowCenterWidthExplanation);
        VoiLutFunction function;
        try {
            function = VoiLutFunction.of(ds.getString(ImageTags.VOILUTFunction));
        } catch (IllegalArgumentException e) {
            throw new PixelDataException("VOILUTFunction (0028,1056): " + e.getMessage(), e);
        }
        List<VoiTransform.Window> out = new ArrayList<>();
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            String explanation = i < explanations.length ? explanations[i] : "";
            try {
                out.add(new VoiTransform.Window(centers[i], widths[i], function, explanation));
            } catch (IllegalArgumentException invalid) {
                // left out, see above
            }
        }
        return out;
    }

    private static List<VoiTransform.Lut> voiLuts(Dataset ds, boolean signed) {
        List<VoiTransform.Lut> out = new ArrayList<>();
        for (Dataset item : ds.getSequence(ImageTags.VOILUTSequence)) {
            out.add(new VoiTransform.Lut(
                    LutAttributes.table(item, ImageTags.LUTDescriptor, ImageTags.LUTData, signed)));
        }
        return out;
    }

    private static PresentationLutShape shape(Dataset ds, String photometric) {
        String shape = ds.getString(ImageTags.PresentationLUTShape);
        if (shape == null) {
            return PresentationLutShape.defaultFor(photometric);
        }
        try {
            return PresentationLutShape.valueOf(shape.strip());
        } catch (IllegalArgumentException e) {
            throw new PixelDataException(
                    "PresentationLUTShape (2050,0020) is '" + shape + "', expected IDENTITY or INVERSE", e);
        }
    }
}

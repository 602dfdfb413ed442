package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.lut.DefaultWindow;
import eu.eucaim.workstation.dicom.lut.DisplayPipeline;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import java.util.List;

/**
 * What the data set says about displaying one frame: its modality transform, every window it offers (with
 * explanations), the VOI LUTs of the VOI LUT Sequence and the presentation LUT shape.
 */
public record DisplayParameters(
        ModalityTransform modality,
        List<VoiTransform.Window> windows,
        List<VoiTransform.Lut> voiLuts,
        PresentationLutShape shape) {

    public DisplayParameters {
        windows = List.copyOf(windows);
        voiLuts = List.copyOf(voiLuts);
    }

    /**
     * The VOI a viewer opens the frame with: the first window of the data set, else its first VOI LUT, else
     * the frame's modality value range ({@link DefaultWindow}).
     */
    public VoiTransform defaultVoi(long minStored, long maxStored) {
        if (windows.isEmpty() && !voiLuts.isEmpty()) {
            return voiLuts.get(0);
        }
        return DefaultWindow.of(windows, modality, minStored, maxStored);
    }

    /** The grayscale pipeline with {@code voi} as its VOI stage. */
    public DisplayPipeline pipeline(VoiTransform voi) {
        return new DisplayPipeline(modality, voi, shape);
    }
}

package eu.eucaim.workstation.dicom.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.lut.VoiLutFunction;
import eu.eucaim.workstation.dicom.lut.VoiTransform;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import eu.eucaim.workstation.dicom.pixel.UnsupportedTransferSyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomImageTest {

    /** Stored values; with intercept -1024 they are HU -1024, -160, 0, 40, 100, 240. */
    static final short[] STORED = {0, 864, 1024, 1064, 1124, 1264};

    @TempDir
    Path dir;

    private Path ct(Dataset ds) throws Exception {
        return Synthetic.write(dir.resolve("ct.dcm"), ds);
    }

    @Test
    void framesAreTheStoredValuesAndTheFormatComesFromTheDataSet() throws Exception {
        DicomImage img = DicomImage.open(ct(Synthetic.ct(2, 3, STORED, 3)));
        assertThat(img.frameCount()).isEqualTo(3);
        assertThat(img.format().signed()).isTrue();
        assertThat(img.format().rows()).isEqualTo(2);
        DecodedFrame f = img.frame(2);
        assertThat(f.frameIndex()).isEqualTo(2);
        for (int i = 0; i < STORED.length; i++) {
            assertThat(f.sample(i)).isEqualTo(STORED[i] + 2);
        }
    }

    @Test
    void windowsWithTheirExplanationsAndTheRescaleAreRead() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 1);
        ds.put(Tags.WindowCenter, VR.DS, 40, -600);
        ds.put(Tags.WindowWidth, VR.DS, 400, 1500);
        ds.put(ImageTags.WindowCenterWidthExplanation, VR.LO, "SOFT TISSUE", "LUNG");
        ds.put(ImageTags.VOILUTFunction, VR.CS, "LINEAR_EXACT");
        DisplayParameters p = DicomImage.open(ct(ds)).display(0);
        assertThat(p.modality()).isEqualTo(new ModalityTransform.Rescale(1, -1024));
        assertThat(p.windows())
                .containsExactly(
                        new VoiTransform.Window(40, 400, VoiLutFunction.LINEAR_EXACT, "SOFT TISSUE"),
                        new VoiTransform.Window(-600, 1500, VoiLutFunction.LINEAR_EXACT, "LUNG"));
        assertThat(p.shape()).isEqualTo(PresentationLutShape.IDENTITY);
    }

    @Test
    void theFirstWindowGivesKnownGreyLevelsAndMonochrome1IsInverted() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 1);
        ds.put(Tags.WindowCenter, VR.DS, 40);
        ds.put(Tags.WindowWidth, VR.DS, 400);
        // PS3.3 C.11.2.1.2.1 with c 40, w 400: x <= -160 -> 0, x > 239 -> 255, else ((x - 39.5) / 399 + 0.5) * 255.
        int[] expected = {0, 0, 102, 128, 166, 255};
        assertThat(grey(DicomImage.open(ct(ds)).render(0, null))).containsExactly(expected);
        ds.put(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME1");
        int[] inverted = new int[expected.length];
        for (int i = 0; i < expected.length; i++) {
            inverted[i] = 255 - expected[i];
        }
        assertThat(grey(DicomImage.open(ct(ds)).render(0, null))).containsExactly(inverted);
    }

    @Test
    void withoutAWindowTheModalityRangeIsUsedAndAnOverrideWins() throws Exception {
        DicomImage img = DicomImage.open(ct(Synthetic.ct(2, 3, STORED, 1)));
        assertThat(img.display(0).windows()).isEmpty();
        int[] grey = grey(img.render(0, null));
        assertThat(grey[0]).isZero();
        assertThat(grey[5]).isEqualTo(255);
        assertThat(grey(img.render(0, new VoiTransform.Window(40, 400)))).containsExactly(0, 0, 102, 128, 166, 255);
    }

    @Test
    void perFrameFunctionalGroupsOverrideTheSharedOnes() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 2);
        ds.remove(Tags.RescaleIntercept);
        ds.remove(Tags.RescaleSlope);
        Dataset shared = ds.newItem();
        shared.putSequence(ImageTags.PixelValueTransformationSequence, List.of(rescale(ds, 2, -1000)));
        shared.putSequence(ImageTags.FrameVOILUTSequence, List.of(window(ds, 50, 350)));
        Dataset frame1 = ds.newItem();
        frame1.putSequence(ImageTags.FrameVOILUTSequence, List.of(window(ds, 400, 2000)));
        ds.putSequence(ImageTags.SharedFunctionalGroupsSequence, List.of(shared));
        ds.putSequence(ImageTags.PerFrameFunctionalGroupsSequence, List.of(ds.newItem(), frame1));
        DicomImage img = DicomImage.open(ct(ds));
        assertThat(img.display(0).modality()).isEqualTo(new ModalityTransform.Rescale(2, -1000));
        assertThat(img.display(0).windows())
                .extracting(VoiTransform.Window::center)
                .containsExactly(50.0);
        assertThat(img.display(1).modality()).isEqualTo(new ModalityTransform.Rescale(2, -1000));
        assertThat(img.display(1).windows())
                .extracting(VoiTransform.Window::center)
                .containsExactly(400.0);
    }

    @Test
    void modalityAndVoiLutSequencesAreRead() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 1);
        Dataset modality = ds.newItem();
        modality.put(ImageTags.LUTDescriptor, VR.US, 4, 1024, 16);
        modality.put(ImageTags.LUTData, VR.US, 10, 20, 30, 40);
        ds.putSequence(ImageTags.ModalityLUTSequence, List.of(modality));
        Dataset voi = ds.newItem();
        voi.put(ImageTags.LUTDescriptor, VR.US, 2, 10, 8);
        voi.put(ImageTags.LUTData, VR.US, 0, 255);
        ds.putSequence(ImageTags.VOILUTSequence, List.of(voi));
        DisplayParameters p = DicomImage.open(ct(ds)).display(0);
        assertThat(p.modality().apply(1025)).isEqualTo(20);
        assertThat(p.modality().apply(0)).isEqualTo(10);
        assertThat(p.voiLuts()).hasSize(1);
        // stored 0 -> 10 -> VOI entry 0 -> 0; stored >= 1026 -> 30/40 -> VOI entry 1 -> 255
        assertThat(grey(DicomImage.open(ct(ds)).render(0, null))).containsExactly(0, 0, 0, 255, 255, 255);
    }

    @Test
    void framesDecodeConcurrently() throws Exception {
        short[] values = new short[64 * 64];
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) (i * 7);
        }
        DicomImage img = DicomImage.open(ct(Synthetic.ct(64, 64, values, 16)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DecodedFrame>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int f = 0; f < 16; f++) {
                    int index = f;
                    futures.add(pool.submit(() -> img.frame(index)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                DecodedFrame frame = futures.get(k).get();
                assertThat(frame.frameIndex()).isEqualTo(k % 16);
                assertThat(frame.sample(100)).isEqualTo(700L + k % 16);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void paletteColourIsExpandedThroughItsLutsAndRenderedAsIs() throws Exception {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.4244");
        ImagePixelModule.put(ds, new PixelFormat(2, 2, 1, 8, 8, 7, 0, "PALETTE COLOR", 0, 1), new byte[] {0, 1, 2, 3});
        int[][] luts = {{255, 0, 0, 10}, {0, 255, 0, 20}, {0, 0, 255, 30}};
        for (int c = 0; c < 3; c++) {
            ds.put(ImageTags.RedPaletteColorLookupTableDescriptor + c, VR.US, 4, 0, 8);
            ds.put(ImageTags.RedPaletteColorLookupTableData + c, VR.OW, StoredSamples.littleEndian(new short[] {
                (short) luts[c][0], (short) luts[c][1], (short) luts[c][2], (short) luts[c][3]
            }));
        }
        DicomImage img = DicomImage.open(ct(ds));
        DecodedFrame f = img.frame(0);
        assertThat(f.format().samplesPerPixel()).isEqualTo(3);
        assertThat(f.bytes()).containsExactly(255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30);
        assertThat(img.render(0, new VoiTransform.Window(0, 1)))
                .containsExactly(0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFF0A141E);
    }

    @Test
    void nativeYbrFull422FramesAreCutByTheirSubsampledSize() throws Exception {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.4246");
        // Two 2x2 frames of Y1 Y2 Cb Cr groups (PS3.3 C.7.6.3.1.2): 8 bytes each, not 2 x 2 x 3 = 12.
        byte[] data = {
            10, 20, (byte) 128, (byte) 128, 30, 40, (byte) 128, (byte) 128,
            50, 60, (byte) 128, (byte) 128, 70, 80, (byte) 128, (byte) 128
        };
        ImagePixelModule.put(ds, new PixelFormat(2, 2, 3, 8, 8, 7, 0, "YBR_FULL_422", 0, 2), data);
        DicomImage img = DicomImage.open(ct(ds));
        assertThat(img.frame(1).bytes()).containsExactly(50, 50, 50, 60, 60, 60, 70, 70, 70, 80, 80, 80);
        assertThat(img.frame(0).bytes()).containsExactly(10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 40);
    }

    // ---- bad input: each one clear message naming the file and what is wrong ----

    @Test
    void missingRowsIsNamed() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 1);
        ds.remove(Tags.Rows);
        Path file = ct(ds);
        assertThatThrownBy(() -> DicomImage.open(file))
                .isInstanceOf(PixelDataException.class)
                .hasMessage(file + ": Rows (0028,0010) is missing or empty; it is required to decode Pixel Data");
    }

    @Test
    void bitsStoredAboveBitsAllocatedIsNamed() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 1);
        ds.put(Tags.BitsStored, VR.US, 20);
        Path file = ct(ds);
        assertThatThrownBy(() -> DicomImage.open(file))
                .isInstanceOf(PixelDataException.class)
                .hasMessageStartingWith(file + ": BitsStored (0028,0101) is 20, expected 1..BitsAllocated (16)");
    }

    @Test
    void truncatedNativePixelDataIsNamed() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 2);
        ds.put(Tags.PixelData, VR.OW, new byte[20]); // 2 frames of 12 bytes need 24
        DicomImage img = DicomImage.open(ct(ds));
        assertThat(img.frame(0).sample(0)).isZero();
        assertThatThrownBy(() -> img.frame(1))
                .isInstanceOf(PixelDataException.class)
                .hasMessageStartingWith(img.file() + ": Pixel Data (7FE0,0010): ")
                .hasMessageContaining("20 bytes");
    }

    @Test
    void aFrameOutOfRangeIsNamed() throws Exception {
        DicomImage img = DicomImage.open(ct(Synthetic.ct(2, 3, STORED, 2)));
        assertThatThrownBy(() -> img.frame(2))
                .isInstanceOf(PixelDataException.class)
                .hasMessage(img.file() + ": frame index 2 is outside 0..1 (2 frames)");
    }

    @Test
    void anUnsupportedOrUnknownTransferSyntaxIsNamed() throws Exception {
        Path htj2k =
                Synthetic.write(dir.resolve("htj2k.dcm"), Synthetic.ct(2, 3, STORED, 1), "1.2.840.10008.1.2.4.201");
        assertThatThrownBy(() -> DicomImage.open(htj2k).frame(0))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageStartingWith(htj2k + ": ")
                .hasMessageContaining("High-Throughput JPEG 2000")
                .hasMessageContaining("1.2.840.10008.1.2.4.201");
        Path madeUp = Synthetic.write(dir.resolve("madeup.dcm"), Synthetic.ct(2, 3, STORED, 1), "1.2.3.4.5.6");
        assertThatThrownBy(() -> DicomImage.open(madeUp).frame(0))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageStartingWith(madeUp + ": ")
                .hasMessageContaining("unknown transfer syntax (1.2.3.4.5.6)");
    }

    @Test
    void noPixelDataIsNamed() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, STORED, 1);
        ds.remove(Tags.PixelData);
        Path file = ct(ds);
        assertThatThrownBy(() -> DicomImage.open(file))
                .isInstanceOf(PixelDataException.class)
                .hasMessage(file + ": has no Pixel Data (7FE0,0010)");
    }

    private static Dataset rescale(Dataset parent, double slope, double intercept) {
        Dataset item = parent.newItem();
        item.put(Tags.RescaleIntercept, VR.DS, intercept);
        item.put(Tags.RescaleSlope, VR.DS, slope);
        return item;
    }

    private static Dataset window(Dataset parent, double center, double width) {
        Dataset item = parent.newItem();
        item.put(Tags.WindowCenter, VR.DS, center);
        item.put(Tags.WindowWidth, VR.DS, width);
        return item;
    }

    private static int[] grey(int[] argb) {
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            assertThat(argb[i] >>> 24).isEqualTo(0xFF);
            assertThat(argb[i] & 0xFF).isEqualTo(argb[i] >> 8 & 0xFF);
            out[i] = argb[i] & 0xFF;
        }
        return out;
    }
}

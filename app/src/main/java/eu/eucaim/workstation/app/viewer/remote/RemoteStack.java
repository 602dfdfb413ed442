package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.dicom.json.DicomJsonReader;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A remote series as the viewer stacks it: its tree, and the order its images are wanted in. */
public final class RemoteStack {
    private RemoteStack() {}

    /**
     * The series' tree from its WADO-RS metadata (one request), as a scan of its files would build it: each instance
     * an image the viewer fetches when it is shown.
     */
    public static ScanResult tree(ImageSource s, String studyUid, String seriesUid, List<DicomAttributes> metadata) {
        DicomJsonReader json = new DicomJsonReader();
        List<DicomScanner.SourcedHeader> headers = new ArrayList<>();
        for (DicomAttributes a : metadata) {
            String sop = a.string("00080018").orElse("");
            if (sop.isEmpty()) {
                continue;
            }
            RemoteInstance at = RemoteImages.instance(s, studyUid, seriesUid, sop);
            try {
                headers.add(new DicomScanner.SourcedHeader(at, json.read(a.json())));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        new IOException("the metadata of " + sop + " is not DICOM JSON: " + e.getMessage(), e));
            }
        }
        return DicomScanner.tree(headers);
    }

    /**
     * The instance {@link #middleOut} puts first (the image shown first), found from the metadata alone, in a fraction
     * of the time the tree takes: its fetch can start while the tree is built. Empty without instances.
     */
    public static Optional<RemoteInstance> middle(
            ImageSource s, String studyUid, String seriesUid, List<DicomAttributes> metadata) {
        List<Instance> all = new ArrayList<>(metadata.size());
        for (DicomAttributes a : metadata) {
            String sop = a.string("00080018").orElse("");
            if (!sop.isEmpty()) {
                double[] number = a.numbers("00200013");
                double[] position = a.numbers("00200032");
                double[] orientation = a.numbers("00200037");
                all.add(new Instance(
                        RemoteImages.instance(s, studyUid, seriesUid, sop),
                        "",
                        sop,
                        number.length > 0 ? (int) number[0] : 0,
                        1,
                        position.length >= 3 ? position : null,
                        orientation.length >= 6 ? orientation : null));
            }
        }
        return all.isEmpty()
                ? Optional.empty()
                : Optional.of((RemoteInstance)
                        DicomScanner.inSliceOrder(all).get(all.size() / 2).source());
    }

    /** The series' instances from the middle outward: the order the viewer shows and asks for them. */
    public static List<RemoteInstance> middleOut(ScanResult tree) {
        List<RemoteInstance> all = new ArrayList<>();
        tree.patients()
                .forEach(p -> p.studies()
                        .forEach(st -> st.series()
                                .forEach(se -> se.instances().forEach(i -> {
                                    if (i.source() instanceof RemoteInstance r) {
                                        all.add(r);
                                    }
                                }))));
        List<RemoteInstance> order = new ArrayList<>();
        int mid = all.size() / 2;
        for (int d = 0; order.size() < all.size(); d++) {
            if (mid + d < all.size()) {
                order.add(all.get(mid + d));
            }
            if (d > 0 && mid - d >= 0) {
                order.add(all.get(mid - d));
            }
        }
        return order;
    }
}

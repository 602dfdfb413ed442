package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.library.ImageLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Fetches a whole study into the offline library ("Keep offline"): its series and instances listed over QIDO-RS
 * (the library told how many to expect), then every instance the library lacks, over WADO-RS. Blocking: a
 * background thread. Stops between instances when its thread is interrupted or the caller cancels.
 */
final class StudyFetch {
    private final DicomWebService service;
    private final ImageLibrary library;
    private final RemoteImages images;
    private final ImageSource source;
    private final String studyUid;

    StudyFetch(
            DicomWebService service, ImageLibrary library, RemoteImages images, ImageSource source, String studyUid) {
        this.service = service;
        this.library = library;
        this.images = images;
        this.source = source;
        this.studyUid = studyUid;
    }

    /** Returns how many instances it fetched; {@code progress} gets 0..1 by instances. */
    int fetch(Consumer<Double> progress) {
        try {
            List<DicomAttributes> series =
                    service.series(studyUid, QidoQuery.all()).get();
            library.expectStudy(studyUid, series.size());
            List<String[]> wanted = new ArrayList<>();
            for (DicomAttributes se : series) {
                String seriesUid = se.string("0020000E").orElseThrow();
                List<DicomAttributes> instances =
                        service.instances(studyUid, seriesUid, QidoQuery.all()).get();
                library.expectSeries(studyUid, seriesUid, instances.size());
                java.util.Set<String> have = library.seriesFiles(seriesUid).keySet(); // one look-up per series
                for (DicomAttributes i : instances) {
                    String sop = i.string("00080018").orElseThrow();
                    if (!have.contains(sop)) {
                        wanted.add(new String[] {seriesUid, sop});
                    }
                }
            }
            int fetched = 0;
            for (int n = 0; n < wanted.size(); n++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("stopped");
                }
                String[] w = wanted.get(n);
                if (images.keep(RemoteImages.instance(source, studyUid, w[0], w[1]))) { // kept meanwhile: nothing
                    fetched++;
                }
                progress.accept((n + 1) / (double) wanted.size());
            }
            return fetched;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("stopped");
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

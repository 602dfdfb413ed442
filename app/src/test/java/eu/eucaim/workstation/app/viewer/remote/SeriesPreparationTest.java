package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What selecting a series prepares for its open, and when the open asks the server again instead. */
class SeriesPreparationTest {
    private static final ImageSource NODE =
            new ImageSource("node", URI.create("http://127.0.0.1:1/dicom-web"), ImageSource.Auth.NONE, "");
    private static final ImageSource OTHER =
            new ImageSource("other", URI.create("http://127.0.0.1:2/dicom-web"), ImageSource.Auth.NONE, "");
    private static final RemoteSeries A = new RemoteSeries("1.2", "1.2.1", "CT", 1, "A", 3);
    private static final RemoteSeries B = new RemoteSeries("1.2", "1.2.2", "CT", 2, "B", 3);

    private final AtomicLong now = new AtomicLong();
    private final SeriesPreparation preparation = new SeriesPreparation(now::get);
    private final List<CompletableFuture<List<DicomAttributes>>> asked = new ArrayList<>();

    /** Each call a new request, recorded, left under way. */
    private final Supplier<CompletableFuture<List<DicomAttributes>>> ask = () -> {
        CompletableFuture<List<DicomAttributes>> f = new CompletableFuture<>();
        asked.add(f);
        return f;
    };

    @Test
    void theOpenOfTheSeriesSelectedTakesWhatTheSelectionAskedAndOnlyOnce() {
        CompletableFuture<List<DicomAttributes>> selected = preparation.prepare(NODE, A, ask);
        assertThat(preparation.prepare(NODE, A, ask))
                .as("selected again: the same request")
                .isSameAs(selected);
        CompletableFuture<List<DicomAttributes>> opened = preparation.take(NODE, A, ask);
        assertThat(asked).hasSize(1);
        selected.complete(List.of());
        assertThat(opened).isCompletedWithValue(List.of());

        preparation.take(NODE, A, ask);
        assertThat(asked).as("opened again: asked again").hasSize(2);
    }

    @Test
    void anotherSeriesSelectedCancelsTheLastAndItsOpenAsksAgain() {
        CompletableFuture<List<DicomAttributes>> a = preparation.prepare(NODE, A, ask);
        preparation.prepare(NODE, B, ask);
        assertThat(a).isCancelled();
        preparation.take(NODE, A, ask);
        assertThat(asked).hasSize(3);
        assertThat(asked.get(1)).as("B's, not for A's open: cancelled").isCancelled();
    }

    @Test
    void theSameSeriesOfAnotherSourceIsAskedAgain() {
        preparation.prepare(NODE, A, ask);
        preparation.take(OTHER, A, ask);
        assertThat(asked).hasSize(2);
    }

    @Test
    void anAnswerOlderThanThirtySecondsIsNotUsed() {
        preparation.prepare(NODE, A, ask).complete(List.of());
        now.addAndGet(SeriesPreparation.FRESH_FOR_NANOS - 1);
        preparation.take(NODE, A, ask);
        assertThat(asked).as("fresh").hasSize(1);

        preparation.prepare(NODE, A, ask).complete(List.of());
        now.addAndGet(SeriesPreparation.FRESH_FOR_NANOS);
        preparation.take(NODE, A, ask);
        assertThat(asked).as("stale: asked again").hasSize(3);
    }

    @Test
    void aFailedPreparationIsAskedAgainByTheOpenWhetherItFailedBeforeOrAfter() {
        preparation.prepare(NODE, A, ask).completeExceptionally(new java.io.IOException("reset"));
        preparation.take(NODE, A, ask);
        assertThat(asked).as("failed before the open").hasSize(2);

        CompletableFuture<List<DicomAttributes>> under = preparation.prepare(NODE, A, ask);
        CompletableFuture<List<DicomAttributes>> opened = preparation.take(NODE, A, ask);
        under.completeExceptionally(new java.io.IOException("reset"));
        assertThat(asked).as("failed after the open: it asks again").hasSize(4);
        asked.get(3).complete(List.of());
        assertThat(opened).isCompletedWithValue(List.of());
    }

    @Test
    void forgettingCancelsWhatIsUnderWay() {
        CompletableFuture<List<DicomAttributes>> a = preparation.prepare(NODE, A, ask);
        preparation.forget();
        assertThat(a).isCancelled();
        preparation.take(NODE, A, ask);
        assertThat(asked).hasSize(2);
    }
}

package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.ArrivedInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arrived instances of a series reply, read before the library keeps them, and the races with their store. */
class UnkeptArrivalsTest {
    private static ArrivedInstance in(Path file) {
        return ArrivedInstance.inFile(file);
    }

    @TempDir
    Path dir;

    private final UnkeptArrivals unkept = new UnkeptArrivals();

    @Test
    void anArrivedInstanceIsReadWhereItArrivedUntilItsStoreEnds() throws Exception {
        ArrivedInstance file = in(Files.writeString(dir.resolve("part-1.dcm"), "the instance"));
        assertThat(unkept.arrived("1.2.3", file)).isTrue();
        assertThat(unkept.sopOf(file)).isEqualTo("1.2.3");
        assertThat(unkept.read("1.2.3"))
                .hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("the instance"));

        unkept.stored(List.of(file));

        assertThat(unkept.read("1.2.3")).as("from the library now").isEmpty();
        assertThat(unkept.sopOf(file)).isNull();
        assertThat(unkept.read("9.9")).as("never arrived").isEmpty();
    }

    @Test
    void aReaderThatFindsTheFileMovedWaitsForItsStore() throws Exception {
        ArrivedInstance file = in(Files.writeString(dir.resolve("part-2.dcm"), "x"));
        unkept.arrived("1.2.4", file);
        Files.move(file.file(), dir.resolve("kept.dcm")); // the keeper has taken it, its store not yet ended

        CompletableFuture<Boolean> read = CompletableFuture.supplyAsync(() -> {
            try {
                return unkept.read("1.2.4").isPresent();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(200);
        assertThat(read).as("waits for the store").isNotDone();
        unkept.stored(List.of(file));
        assertThat(read.get(10, TimeUnit.SECONDS))
                .as("then says: read the library's copy")
                .isFalse();
    }

    @Test
    void aFileWhoseStoreEndedBeforeItWasAnnouncedIsNotAnnouncedAfter() {
        ArrivedInstance file = in(dir.resolve("part-3.dcm"));
        unkept.stored(List.of(file));
        assertThat(unkept.arrived("1.2.5", file)).as("gone already").isFalse();
        assertThat(unkept.sopOf(file)).isNull();

        // the same path used again by a later reply is announced as usual
        assertThat(unkept.arrived("1.2.6", file)).isTrue();
    }

    @Test
    void aPartThatIsNotAnInstanceIsNeverAnnouncedAndLeavesNothingBehind() {
        ArrivedInstance before = in(dir.resolve("not-dicom-1"));
        unkept.notAnInstance(before);
        assertThat(unkept.sopOf(before)).isNull();
        unkept.stored(List.of(before));

        ArrivedInstance after = in(dir.resolve("not-dicom-2"));
        unkept.stored(List.of(after)); // its store came first
        unkept.notAnInstance(after);

        // neither is remembered: the same paths used again by a later reply are announced as usual
        assertThat(unkept.arrived("1.2.7", before)).isTrue();
        assertThat(unkept.arrived("1.2.8", after)).isTrue();
    }

    @Test
    void anInstanceThatCameInMemoryIsReadAsTheArrayItCameInUntilItsStoreEnds() throws Exception {
        byte[] bytes = "the instance in memory".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ArrivedInstance part = ArrivedInstance.inMemory(bytes);
        assertThat(unkept.arrived("1.2.9", part)).isTrue();
        assertThat(unkept.read("1.2.9"))
                .as("no copy")
                .hasValueSatisfying(b -> assertThat(b).isSameAs(bytes));
        unkept.stored(List.of(part));
        assertThat(unkept.read("1.2.9")).as("from the library now").isEmpty();
    }
}

package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileTest {
    @TempDir
    Path dir;

    @Test
    void aNameTakenAlreadyIsPassedOverAndItsFileLeftAsItWas() throws Exception {
        Path taken = Files.writeString(dir.resolve("part-1.dcm"), "an earlier run's part");
        PrimitiveIterator.OfLong numbers = LongStream.of(1, 1, 2).iterator();

        Path written;
        try (PartFile part = PartFile.create(dir, numbers::nextLong)) {
            part.out().write("this part".getBytes(StandardCharsets.US_ASCII));
            written = part.path();
        }

        assertThat(written).isEqualTo(dir.resolve("part-2.dcm"));
        assertThat(Files.readString(written)).isEqualTo("this part");
        assertThat(Files.readString(taken)).isEqualTo("an earlier run's part");
    }

    @Test
    void eachPartOfAReplyGetsAFileOfItsOwn() throws Exception {
        try (PartFile a = PartFile.create(dir);
                PartFile b = PartFile.create(dir)) {
            assertThat(a.path()).isNotEqualTo(b.path());
            assertThat(a.path().getParent()).isEqualTo(dir);
            assertThat(Files.size(a.path())).isZero();
        }
    }
}

package eu.eucaim.workstation.api.dicomweb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One instance of a whole-series reply as it arrived: its bytes in memory, or a complete file of its own (one part
 * too large for what may be held in memory, or of unknown length). Exactly one of the two is set. The array is the
 * reply's own, handed over without a copy: whoever holds it must not change it.
 */
public record ArrivedInstance(byte[] bytes, Path file) {
    public ArrivedInstance {
        if ((bytes == null) == (file == null)) {
            throw new IllegalArgumentException("an arrived instance is either in memory or in a file");
        }
    }

    public static ArrivedInstance inMemory(byte[] bytes) {
        return new ArrivedInstance(bytes, null);
    }

    public static ArrivedInstance inFile(Path file) {
        return new ArrivedInstance(null, file);
    }

    public boolean isInMemory() {
        return bytes != null;
    }

    /** Its bytes: the array itself when in memory, else read from its file. */
    public byte[] readAllBytes() throws IOException {
        return bytes != null ? bytes : Files.readAllBytes(file);
    }
}

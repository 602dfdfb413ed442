package eu.eucaim.workstation.dicom.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample files and reference outputs made by scripts/dicom/make-references.sh during the build
 * (target/dicom-refs). Absent peers skip the tests, except with CI=true where they must be there.
 */
final class References {

    static final Path DIR = Path.of("target", "dicom-refs");

    record Sample(String source, String path, Path file, String kind) {
        Path dcm2json() {
            return DIR.resolve(source).resolve(path + ".json");
        }

        Path pydicom() {
            return DIR.resolve(source).resolve(path + ".pydicom.json");
        }

        Path frames() {
            return DIR.resolve(source).resolve(path + ".frames.txt");
        }

        String name() {
            return source + "/" + path;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private References() {}

    static List<Sample> samples() throws IOException {
        Path tsv = DIR.resolve("files.tsv");
        Path missing = DIR.resolve("missing.txt");
        String why = !Files.exists(tsv)
                ? "no " + tsv.toAbsolutePath() + " (run the Maven build, which runs "
                        + "scripts/dicom/make-references.sh)"
                : Files.exists(missing) && Files.size(missing) > 0
                        ? Files.readString(missing).trim()
                        : null;
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and the DICOM conformance peers are missing: " + why);
            }
            Assumptions.abort("DICOM conformance peers/files not installed, skipped: " + why);
        }
        List<Sample> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            out.add(new Sample(f[0], f[1], Path.of(f[2]), f[3]));
        }
        return out;
    }
}

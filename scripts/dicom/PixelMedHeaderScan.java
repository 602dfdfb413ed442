import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * PixelMed peer of the header-scan benchmark (scripts/dicom/benchmark-header-scan.sh): one JVM reads every
 * regular file under a folder with {@code AttributeList.read(file, TagFromName.PixelData)}, i.e. up to Pixel
 * Data, one file after the other on one thread. Prints "files N read R failed F" (the script times the whole
 * process). Compiled by the script against /usr/share/java/pixelmed.jar (Debian libpixelmed-java), which is
 * why it is not in the Maven test sources.
 */
public final class PixelMedHeaderScan {

    private PixelMedHeaderScan() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int read = 0;
        int failed = 0;
        String firstError = null;
        for (Path p : files) {
            File f = p.toFile();
            try {
                AttributeList list = new AttributeList();
                list.read(f, TagFromName.PixelData);
                read++;
            } catch (Exception | StackOverflowError e) {
                failed++;
                if (firstError == null) {
                    firstError = p + ": " + e;
                }
            }
        }
        System.out.println("files " + files.size() + " read " + read + " failed " + failed);
        if (firstError != null) {
            System.out.println("first failure: " + firstError);
        }
    }
}

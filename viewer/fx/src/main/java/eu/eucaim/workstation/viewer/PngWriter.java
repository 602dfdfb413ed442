package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.engine.ArgbImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes a picture as a PNG file: to a ".part" file beside it first, so a failed write leaves no half file. */
final class PngWriter {
    private PngWriter() {}

    static void write(ArgbImage picture, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("the folder " + parent + " does not exist");
        }
        BufferedImage img = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) {
                throw new IOException("no PNG writer in this Java runtime");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

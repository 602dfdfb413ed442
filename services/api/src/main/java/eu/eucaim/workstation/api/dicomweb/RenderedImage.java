package eu.eucaim.workstation.api.dicomweb;

import java.util.Objects;

/** A rendered image or thumbnail as the server sent it: its bytes and their media type (its Content-Type). */
public record RenderedImage(String mediaType, byte[] data) {
    public RenderedImage {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
    }
}

package eu.eucaim.workstation.api.dicomweb;

import java.util.Objects;

/**
 * One frame as WADO-RS sends it: its bytes and their media type, which names the transfer syntax they are in
 * ({@code application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1} for native pixels, {@code image/jls},
 * {@code image/jp2}, … or {@code application/octet-stream} with the compressed syntax for encapsulated ones).
 */
public record Frame(String contentType, byte[] data) {
    public Frame {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(data, "data");
    }
}

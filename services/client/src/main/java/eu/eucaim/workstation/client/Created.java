package eu.eucaim.workstation.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a create answered: its body and, when it sent one, the {@code Location} of the new resource (made absolute
 * against the request's URL).
 */
public record Created<T>(T value, Optional<URI> location) {
    public Created {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}

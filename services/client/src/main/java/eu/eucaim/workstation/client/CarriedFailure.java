package eu.eucaim.workstation.client;

import java.io.IOException;
import java.util.Objects;

/**
 * A failure that is not the network's (the token source refused, a file to upload could not be read), carried
 * through OkHttp, whose callbacks and interceptors pass only {@link IOException}s, so that the caller's future fails
 * with the original. (A {@link RuntimeException} thrown inside OkHttp's threads would not reach the future at all:
 * OkHttp reports it as a generic "canceled" IOException and rethrows it on its thread.)
 */
final class CarriedFailure extends IOException {
    private final RuntimeException carried;

    CarriedFailure(RuntimeException carried) {
        super(Objects.requireNonNull(carried, "carried").getMessage(), carried);
        this.carried = carried;
    }

    RuntimeException carried() {
        return carried;
    }
}

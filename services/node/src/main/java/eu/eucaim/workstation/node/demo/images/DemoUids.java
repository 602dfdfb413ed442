package eu.eucaim.workstation.node.demo.images;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic UIDs: "2.25." + a name-based UUID (PS3.5 B.2) of the seed and what the UID names. */
final class DemoUids {
    private final String namespace;

    DemoUids(long seed) {
        this("eucaim-demo-images:" + seed);
    }

    /** UIDs of their own for every namespace, e.g. one per dataset's sample studies. */
    DemoUids(String namespace) {
        this.namespace = namespace;
    }

    String uid(String what) {
        UUID u = UUID.nameUUIDFromBytes((namespace + ":" + what).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = ByteBuffer.allocate(16)
                .putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits())
                .array();
        return "2.25." + new BigInteger(1, bytes);
    }
}

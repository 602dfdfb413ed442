package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.node.storage.StorageException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Attachments: the bytes under {@code <data folder>/attachments/<negotiation>/<id>} (written to a temporary file and
 * moved into place, so a file is there whole or not at all), their name, type, size and SHA-256 in the database. A
 * file whose bytes no longer match the checksum is not served.
 */
final class AttachmentStore {
    /** Ids are the node's own UUIDs; anything else never becomes a path. */
    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    record Stored(
            String id,
            String negotiationId,
            String organizationId,
            String name,
            String contentType,
            long size,
            String sha256,
            long personId,
            long createdAt) {}

    private final DataSource db;
    private final Path root;

    AttachmentStore(DataSource db, Path root) {
        this.db = db;
        this.root = root;
    }

    Stored save(Stored a, byte[] bytes) {
        if (root == null) {
            throw new StorageException("This node has no data folder to keep attachments in", null);
        }
        Path dir = folder(a.negotiationId());
        Path target = dir.resolve(safe(a.id()));
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, ".upload-", ".part");
            try {
                Files.write(part, bytes);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot keep the attachment '" + a.name() + "': " + e.getMessage(), e);
        }
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO negotiation_attachment (id, negotiation_id,"
                        + " organization_id, name, content_type, size_bytes, sha256, person_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.negotiationId());
            ps.setString(3, a.organizationId());
            ps.setString(4, a.name());
            ps.setString(5, a.contentType());
            ps.setLong(6, a.size());
            ps.setString(7, a.sha256());
            ps.setLong(8, a.personId());
            ps.setLong(9, a.createdAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the row is what makes it exist: a file without one is never served
            }
            throw new StorageException("Cannot record the attachment '" + a.name() + "': " + e.getMessage(), e);
        }
        return a;
    }

    List<Stored> of(String negotiationId) {
        return query("WHERE negotiation_id = ? ORDER BY created_at, id", negotiationId);
    }

    Optional<Stored> byId(String id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /** The bytes, checked against the checksum recorded at upload. */
    byte[] content(Stored a) {
        try {
            byte[] bytes = Files.readAllBytes(folder(a.negotiationId()).resolve(safe(a.id())));
            if (!sha256(bytes).equals(a.sha256())) {
                throw new StorageException(
                        "The attachment '" + a.name() + "' is damaged on disk (its checksum"
                                + " differs from the one recorded at upload)",
                        null);
            }
            return bytes;
        } catch (IOException e) {
            throw new StorageException("Cannot read the attachment '" + a.name() + "': " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path folder(String negotiationId) {
        return root.resolve(safe(negotiationId));
    }

    private static String safe(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not an id of this node: " + id);
        }
        return id;
    }

    private List<Stored> query(String where, String value) {
        List<Stored> list = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, negotiation_id, organization_id, name,"
                        + " content_type, size_bytes, sha256, person_id, created_at FROM negotiation_attachment "
                        + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Stored(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getString(7),
                            rs.getLong(8),
                            rs.getLong(9)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the attachments: " + e.getMessage(), e);
        }
        return list;
    }
}

package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.node.storage.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The node's DICOM store: Part 10 files under {@code <data folder>/dicom-store/}, each named by the SHA-256 of its
 * SOP Instance UID (never by a name a client sent), and their index ({@code dicom_instance}). A file is written to a
 * temporary file in {@code incoming/}, forced to disk, moved into place atomically and only then indexed, in one
 * transaction: an indexed instance is always whole; a file without a row (a node killed between the move and the
 * commit) is invisible and overwritten when the instance comes again.
 *
 * <p>An instance whose SOP Instance UID is already stored is not replaced: the first one is kept, as Orthanc does by
 * default ({@code OverwriteInstances: false}). A study belongs to one owner: an instance of a study that is already
 * stored under another owner (another dataset, another uploader) is refused rather than mixed in.
 */
public final class DicomStore {
    static final String INCOMING = "incoming";
    /** SOP Instance UIDs as PS3.5 9.1 allows: digits and dots, at most 64 characters. */
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    private final DataSource db;
    private final Path root;
    private final Clock clock;
    /** Serialises check, move and insert: two writers of one SOP Instance UID never swap files under the index. */
    private final Object writing = new Object();

    /** What became of an instance offered to the store. */
    public sealed interface Outcome {
        /** Newly stored. */
        record Stored(StoredInstance instance) implements Outcome {}

        /** The SOP Instance UID was stored before: that first instance is kept, this one dropped. */
        record AlreadyStored(StoredInstance existing) implements Outcome {}

        /**
         * Not stored.
         *
         * @param failureReason the DICOM Failure Reason (0008,1197) for STOW-RS, e.g. 0xC000 cannot understand
         */
        record Refused(String sopClassUid, String sopInstanceUid, int failureReason, String why) implements Outcome {}
    }

    /** Failure Reason 0xC000: cannot understand (not Part 10, UIDs missing). */
    public static final int CANNOT_UNDERSTAND = 0xC000;
    /** Failure Reason 0x0110: processing failure. */
    public static final int PROCESSING_FAILURE = 0x0110;

    public DicomStore(DataSource db, Path root, Clock clock) {
        this.db = db;
        this.root = root;
        this.clock = clock;
    }

    /** Removes what a node stopped while receiving or generating left in {@code incoming/} (never indexed). */
    void removeLeftovers() {
        DemoPublication.deleteQuietly(root.resolve(INCOMING));
    }

    DataSource dataSource() {
        return db;
    }

    /** Where clients' and generators' files are written before they are stored (same file system as the store). */
    public Path incoming() throws IOException {
        return Files.createDirectories(root.resolve(INCOMING));
    }

    /** The file of an indexed instance. */
    public Path file(StoredInstance i) {
        return root.resolve(i.relativePath());
    }

    /**
     * Stores the Part 10 file {@code staged} (in {@link #incoming()}, which the store moves or deletes) for
     * {@code owner}. Anything that is not a Part 10 file with its UIDs is refused, never thrown.
     *
     * @param requiredStudy when not null, an instance of another study is refused (STOW-RS to /studies/{study})
     */
    public Outcome store(Path staged, StudyOwner owner, String requiredStudy) {
        try {
            return storeStaged(staged, owner, requiredStudy);
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                // a leftover in incoming/ is removed at the next start
            }
        }
    }

    private Outcome storeStaged(Path staged, StudyOwner owner, String requiredStudy) {
        DicomFile f;
        try {
            f = DicomReader.readHeader(staged);
        } catch (DicomParseException e) {
            return new Outcome.Refused(null, null, CANNOT_UNDERSTAND, "not a DICOM file: " + e.problem());
        }
        Dataset ds = f.dataset();
        String sopClass = ds.getString(Tags.SOPClassUID);
        String sop = ds.getString(Tags.SOPInstanceUID);
        String ts = f.fileMeta().getString(Tags.TransferSyntaxUID);
        if (!f.preamble() || ts == null) {
            return new Outcome.Refused(
                    sopClass,
                    sop,
                    CANNOT_UNDERSTAND,
                    "not a DICOM Part 10 file (no preamble or File Meta Information)");
        }
        for (String[] uid : new String[][] {
            {"SOP Class UID", sopClass},
            {"SOP Instance UID", sop},
            {"Study Instance UID", ds.getString(Tags.StudyInstanceUID)},
            {"Series Instance UID", ds.getString(Tags.SeriesInstanceUID)}
        }) {
            if (uid[1] == null || uid[1].length() > 64 || !UID.matcher(uid[1]).matches()) {
                return new Outcome.Refused(
                        sopClass, sop, CANNOT_UNDERSTAND, uid[0] + " is missing or not a UID: " + uid[1]);
            }
        }
        String study = ds.getString(Tags.StudyInstanceUID);
        if (requiredStudy != null && !requiredStudy.equals(study)) {
            return new Outcome.Refused(
                    sopClass,
                    sop,
                    PROCESSING_FAILURE,
                    "the instance belongs to study " + study + ", not to " + requiredStudy + " named in the request");
        }
        String hash = sha256(sop);
        String relative = hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash + ".dcm";
        try {
            long size = Files.size(staged);
            try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            StoredInstance row = IndexRows.of(ds, ts, sop, size, relative, owner, clock.millis());
            synchronized (writing) {
                Optional<StoredInstance> existing = instance(sop);
                if (existing.isPresent()) {
                    return new Outcome.AlreadyStored(existing.get());
                }
                Optional<StudyOwner> studyOwner = ownerOf(study);
                if (studyOwner.isPresent() && !studyOwner.get().equals(owner)) {
                    return new Outcome.Refused(
                            sopClass,
                            sop,
                            PROCESSING_FAILURE,
                            "study " + study + " is already stored for another owner; its instances are not mixed");
                }
                Path target = root.resolve(relative);
                Files.createDirectories(target.getParent());
                try {
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
                }
                insert(row);
                return new Outcome.Stored(row);
            }
        } catch (IOException e) {
            return new Outcome.Refused(sopClass, sop, PROCESSING_FAILURE, "cannot write the file: " + e.getMessage());
        }
    }

    /** Whether the instance is indexed. */
    public Optional<StoredInstance> instance(String sopInstanceUid) {
        return query("WHERE sop_instance_uid = ?", sopInstanceUid).stream().findFirst();
    }

    /** The instances of a series in instance-number order (empty when there is no such series in that study). */
    public List<StoredInstance> series(String studyUid, String seriesUid) {
        return query(
                "WHERE study_instance_uid = ? AND series_instance_uid = ?"
                        + " ORDER BY instance_number, sop_instance_uid",
                studyUid,
                seriesUid);
    }

    /** The instances of a study, series by series (series number, then UID), each in instance-number order. */
    public List<StoredInstance> study(String studyUid) {
        return query(
                "WHERE study_instance_uid = ? ORDER BY series_number, series_instance_uid, instance_number,"
                        + " sop_instance_uid",
                studyUid);
    }

    /** Whom the study belongs to, or empty when the store has none of its instances. */
    public Optional<StudyOwner> ownerOf(String studyUid) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT dataset_id, uploader FROM dicom_instance WHERE study_instance_uid = ?"
                                + " FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, studyUid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StudyOwner(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the DICOM index: " + e.getMessage(), e);
        }
    }

    /** Index rows matching {@code where} (a clause with ? parameters, given as strings). */
    List<StoredInstance> query(String where, String... params) {
        List<StoredInstance> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT " + IndexRows.COLUMNS + " FROM dicom_instance " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(IndexRows.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("Cannot read the DICOM index: " + e.getMessage(), e);
        }
    }

    private void insert(StoredInstance r) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO dicom_instance (" + IndexRows.COLUMNS
                        + ") VALUES (" + "?, ".repeat(IndexRows.COUNT - 1) + "?)")) {
            IndexRows.bind(ps, r);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot index instance " + r.sopInstanceUid() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the demo studies of a dataset (of this generator version) are stored and published. */
    public boolean demoPublished(String datasetId, int version) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT instances FROM dicom_demo_publication"
                        + " WHERE dataset_id = ? AND generator_version = ?")) {
            ps.setString(1, datasetId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the DICOM index: " + e.getMessage(), e);
        }
    }

    /** Records that a dataset's demo studies are all stored. */
    public void markDemoPublished(String datasetId, int version, int instances) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO dicom_demo_publication"
                        + " (dataset_id, generator_version, instances, published_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, datasetId);
            ps.setInt(2, version);
            ps.setInt(3, instances);
            ps.setLong(4, clock.millis());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot record the demo publication of " + datasetId + ": " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void setNullableInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}

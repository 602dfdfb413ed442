package eu.eucaim.workstation.node.dicomweb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each stored instance's WADO-RS metadata as a DICOM JSON object (pixel data left out, other values up to 1 MiB
 * inline, plus Available Transfer Syntax UID), read from its file once and then kept, least recently used first out
 * past {@link #MAX_CHARS}: a viewer asks for a series' metadata every time it opens it, and reading 300 headers took
 * most of the 30–40 ms that request cost. A stored instance never changes; one stored again is another row (its
 * file, size or time differ) and so another entry. What is kept holds no caller's data: access is checked before.
 */
final class InstanceMetadata {
    /** About 25,000 instances of a CT series' size. */
    static final long MAX_CHARS = 32L << 20;

    private static final JsonFactory JSON = new JsonFactory();
    /** Header reads for metadata: up to the pixel data, values up to 1 MiB kept to be written inline. */
    private static final ReadOptions METADATA = new ReadOptions(true, 1 << 20, ReadOptions.DEFAULT_MAX_DEPTH);

    private static final int AvailableTransferSyntaxUID = 0x00083002;

    /** One version of a stored instance. */
    private record Version(String sopInstanceUid, String relativePath, long size, long storedAt) {
        static Version of(StoredInstance i) {
            return new Version(i.sopInstanceUid(), i.relativePath(), i.size(), i.storedAt());
        }
    }

    private final DicomStore store;
    private final long maxChars;
    /** In access order; guarded by itself. */
    private final Map<Version, String> kept = new LinkedHashMap<>(256, 0.75f, true);

    private long chars;

    InstanceMetadata(DicomStore store) {
        this(store, MAX_CHARS);
    }

    InstanceMetadata(DicomStore store, long maxChars) {
        this.store = store;
        this.maxChars = maxChars;
    }

    /** The instance's metadata object, as JSON text. */
    String json(StoredInstance i) throws IOException {
        Version v = Version.of(i);
        synchronized (kept) {
            String json = kept.get(v);
            if (json != null) {
                return json;
            }
        }
        String json = read(i); // outside the lock: a file read
        synchronized (kept) {
            String before = kept.put(v, json);
            chars += json.length() - (before == null ? 0 : before.length());
            for (Iterator<String> oldest = kept.values().iterator(); chars > maxChars && oldest.hasNext(); ) {
                chars -= oldest.next().length();
                oldest.remove();
            }
        }
        return json;
    }

    /** How many instances' metadata is kept (tests). */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    private String read(StoredInstance i) throws IOException {
        Dataset ds;
        try {
            ds = new DicomReader(METADATA).readFile(store.file(i)).dataset();
        } catch (DicomParseException e) {
            throw new IllegalStateException(
                    "The stored instance " + i.sopInstanceUid() + " cannot be read: " + e.getMessage(), e);
        }
        ds.put(AvailableTransferSyntaxUID, VR.UI, i.transferSyntaxUid());
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            new DicomJsonWriter(BulkDataMode.OMIT, false).write(g, ds);
        }
        return out.toString();
    }
}

package eu.eucaim.workstation.dicom.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.BulkDataRef;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.Value;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the DICOM JSON model (PS3.18 F.2) back into a {@link Dataset}: strings become text values (JSON is
 * Unicode, so the data set is UTF-8: "ISO_IR 192"), numbers of binary VRs are encoded little endian, IS/DS keep
 * the JSON number text, InlineBinary is decoded, and {@code file:} BulkDataURIs written by
 * {@link DicomJsonWriter} become file references again. Other BulkDataURIs (http...) are kept as empty values.
 */
public final class DicomJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] PN_GROUPS = {"Alphabetic", "Ideographic", "Phonetic"};

    public Dataset read(InputStream in) throws IOException {
        return dataset(MAPPER.readTree(in), "");
    }

    public Dataset read(JsonNode root) throws IOException {
        return dataset(root, "");
    }

    private Dataset dataset(JsonNode node, String path) throws IOException {
        if (!node.isObject()) {
            throw new IOException(path + ": expected a JSON object for a data set");
        }
        Dataset ds = new Dataset();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            long tag = Tag.parse(f.getKey());
            if (tag < 0) {
                throw new IOException(path + f.getKey() + ": not a tag");
            }
            ds.put(element((int) tag, f.getValue(), path + f.getKey()));
        }
        return ds;
    }

    private Element element(int tag, JsonNode node, String path) throws IOException {
        VR vr = VR.parse(node.path("vr").asText(""));
        if (vr == null) {
            throw new IOException(path + ": missing or unknown vr " + node.path("vr"));
        }
        JsonNode values = node.get("Value");
        if (node.has("InlineBinary")) {
            return new Element(tag, vr, new Value.Bytes(node.get("InlineBinary").binaryValue()));
        }
        if (node.has("BulkDataURI")) {
            return new Element(tag, vr, bulk(node.get("BulkDataURI").asText()));
        }
        if (values == null || !values.isArray()) {
            return new Element(tag, vr, vr == VR.SQ ? new Value.Sequence(List.of()) : Element.EMPTY);
        }
        if (vr == VR.SQ) {
            List<Dataset> items = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                items.add(dataset(values.get(i), path + "[" + i + "]."));
            }
            return new Element(tag, vr, new Value.Sequence(List.copyOf(items)));
        }
        if (vr.isBinaryNumber()) {
            Dataset tmp = new Dataset();
            double[] d = new double[values.size()];
            for (int i = 0; i < d.length; i++) {
                JsonNode v = values.get(i);
                d[i] = vr == VR.AT ? Tag.parse(v.asText()) : v.asDouble();
            }
            if (vr == VR.SV || vr == VR.UV) {
                return new Element(tag, vr, new Value.Bytes(longs(values)));
            }
            tmp.put(tag, vr, d);
            return tmp.get(tag);
        }
        List<String> text = new ArrayList<>(values.size());
        for (JsonNode v : values) {
            text.add(vr == VR.PN ? personName(v) : v.isNull() ? "" : v.asText());
        }
        return new Element(tag, vr, new Value.Text(text));
    }

    private static byte[] longs(JsonNode values) {
        java.nio.ByteBuffer bb =
                java.nio.ByteBuffer.allocate(8 * values.size()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (JsonNode v : values) {
            bb.putLong(v.bigIntegerValue().longValue());
        }
        return bb.array();
    }

    private static String personName(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (int i = 0; i < PN_GROUPS.length; i++) {
            if (v.has(PN_GROUPS[i])) {
                last = i + 1;
            }
        }
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                sb.append('=');
            }
            sb.append(v.path(PN_GROUPS[i]).asText(""));
        }
        return sb.toString();
    }

    /** {@code file:///path?offset=N&length=M} back to a file reference; anything else an empty value. */
    private static Value bulk(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equals(u.getScheme()) || u.getRawQuery() == null) {
                return Element.EMPTY;
            }
            long offset = -1;
            long length = -1;
            for (String kv : u.getRawQuery().split("&")) {
                if (kv.startsWith("offset=")) {
                    offset = Long.parseLong(kv.substring(7));
                } else if (kv.startsWith("length=")) {
                    length = Long.parseLong(kv.substring(7));
                }
            }
            if (offset < 0 || length < 0) {
                return Element.EMPTY;
            }
            Path file = Path.of(new URI("file", null, u.getPath(), null));
            return new Value.Bulk(new BulkDataRef(file, offset, length));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return Element.EMPTY;
        }
    }
}

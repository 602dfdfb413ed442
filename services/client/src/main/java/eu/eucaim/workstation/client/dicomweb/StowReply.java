package eu.eucaim.workstation.client.dicomweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.StowResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a STOW-RS reply (PS3.18 10.5.3): a DICOM JSON object with the study's RetrieveURL (0008,1190),
 * ReferencedSOPSequence (0008,1199) of the instances stored and FailedSOPSequence (0008,1198) of those refused,
 * each naming its SOP Class (0008,1150) and Instance (0008,1155), a failure its FailureReason (0008,1197).
 */
final class StowReply {
    static final String RETRIEVE_URL = "00081190";
    static final String FAILED = "00081198";
    static final String REFERENCED = "00081199";
    static final String SOP_CLASS = "00081150";
    static final String SOP_INSTANCE = "00081155";
    static final String FAILURE_REASON = "00081197";

    private StowReply() {}

    /**
     * The result of a reply with {@code status}, or null when the body is not a STOW-RS reply (an error page): 200,
     * 202 and 409 are STOW-RS's own statuses; Orthanc's plugin answers 400, without a Content-Type, when a part is
     * not DICOM, with the same body listing what it stored.
     */
    static StowResult read(int status, String body, int partsSent) throws IOException {
        if (status != 200 && status != 202 && status != 409 && status != 400) {
            return null;
        }
        JsonNode json;
        try {
            json = body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (status == 400) {
                return null;
            }
            throw new IOException("the STOW-RS reply is not DICOM JSON: " + e.getOriginalMessage(), e);
        }
        if (json instanceof com.fasterxml.jackson.databind.node.ArrayNode array && array.size() == 1) {
            json = array.get(0); // some servers send the data set in an array, as QIDO-RS does
        }
        if (!(json instanceof ObjectNode reply) || !(reply.has(REFERENCED) || reply.has(FAILED))) {
            if (status == 400) {
                return null;
            }
            throw new IOException("the STOW-RS reply names neither stored nor failed instances");
        }
        DicomAttributes attributes = new DicomAttributes(reply);
        List<StowResult.StoredInstance> stored = new ArrayList<>();
        for (DicomAttributes item : items(reply, REFERENCED)) {
            stored.add(new StowResult.StoredInstance(
                    item.string(SOP_CLASS).orElse(null),
                    item.string(SOP_INSTANCE).orElse(null),
                    item.string(RETRIEVE_URL).orElse(null)));
        }
        List<StowResult.FailedInstance> failed = new ArrayList<>();
        for (DicomAttributes item : items(reply, FAILED)) {
            int code = item.string(FAILURE_REASON).map(Integer::parseInt).orElse(-1);
            failed.add(new StowResult.FailedInstance(
                    item.string(SOP_CLASS).orElse(null),
                    item.string(SOP_INSTANCE).orElse(null),
                    code,
                    reason(code)));
        }
        return new StowResult(status, attributes.string(RETRIEVE_URL).orElse(null), stored, failed, partsSent);
    }

    private static List<DicomAttributes> items(ObjectNode reply, String tag) {
        List<DicomAttributes> items = new ArrayList<>();
        for (JsonNode item : reply.path(tag).path("Value")) {
            if (item instanceof ObjectNode o) {
                items.add(new DicomAttributes(o));
            }
        }
        return items;
    }

    /** What a FailureReason means: the Storage service's statuses (PS3.4 B.2.3) and those PS3.18 adds. */
    static String reason(int code) {
        if (code < 0) {
            return "the server gave no reason";
        }
        String hex = String.format(Locale.ROOT, "0x%04X", code);
        String meaning;
        if (code == 0x0110) {
            meaning = "processing failure";
        } else if (code == 0x0122) {
            meaning = "SOP class not supported";
        } else if (code == 0x0124) {
            meaning = "not authorized";
        } else if (code == 0xC122) {
            meaning = "transfer syntax not supported";
        } else if ((code & 0xFF00) == 0xA700) {
            meaning = "refused: out of resources";
        } else if ((code & 0xFF00) == 0xA900) {
            meaning = "data set does not match its SOP class";
        } else if ((code & 0xF000) == 0xC000) {
            meaning = "cannot understand";
        } else {
            meaning = "failure";
        }
        return meaning + " (" + hex + ")";
    }
}

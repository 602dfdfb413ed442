package eu.eucaim.workstation.node.http;

import java.util.List;
import java.util.Locale;

/**
 * What request body a route takes and how large it may be; anything else is refused before the handler runs (and
 * before the body is read): a body on a route that takes none or of another content type with 415, a body over the
 * limit with 413.
 *
 * @param mediaTypes the content types taken (no parameters, lower case); empty for a route that takes no body
 * @param maxBytes   the largest body taken
 */
public record RequestBody(List<String> mediaTypes, long maxBytes) {
    public static final RequestBody NONE = new RequestBody(List.of(), 0);
    /** JSON bodies of ordinary requests: far more than any form or filter needs. */
    public static final long DEFAULT_JSON_LIMIT = 1 << 20;

    public RequestBody {
        mediaTypes = List.copyOf(mediaTypes);
        if (maxBytes < 0 || (mediaTypes.isEmpty() && maxBytes != 0)) {
            throw new IllegalArgumentException("A route without a body takes 0 bytes; a limit must be positive");
        }
    }

    public static RequestBody json(long maxBytes) {
        return new RequestBody(List.of("application/json"), maxBytes);
    }

    /** An HTML form post or an OAuth 2.0 token request. */
    public static RequestBody form(long maxBytes) {
        return new RequestBody(List.of("application/x-www-form-urlencoded"), maxBytes);
    }

    /** File uploads; the limit covers the whole body, every part together. */
    public static RequestBody multipart(long maxBytes) {
        return new RequestBody(List.of("multipart/form-data"), maxBytes);
    }

    /** An HTML form post (whose Origin is checked: a form from another site may not post here). */
    public boolean isForm() {
        return mediaTypes.contains("application/x-www-form-urlencoded");
    }

    public boolean takesNone() {
        return mediaTypes.isEmpty();
    }

    /** Whether {@code contentType} (a header value, parameters allowed) is one this route takes. */
    public boolean takes(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return mediaTypes.contains(type);
    }
}

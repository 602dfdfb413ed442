package eu.eucaim.workstation.api.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names that come from a server become local paths only through here: a relative path of plain segments
 * (letters, digits, '.', '_', '-'; no "." or ".." segments, no drive letters, no Windows device names), resolved
 * below a root it can never leave.
 */
public final class SafePaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> WINDOWS_DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_SEGMENTS = 8;

    private SafePaths() {}

    /**
     * {@code root} + the '/'-separated {@code serverPath}.
     *
     * @throws IllegalArgumentException naming the path and the rule it breaks
     */
    public static Path resolve(Path root, String serverPath) {
        if (serverPath == null || serverPath.isEmpty()) {
            throw new IllegalArgumentException("empty file path");
        }
        String[] segments = serverPath.split("/", -1);
        if (segments.length > MAX_SEGMENTS) {
            throw new IllegalArgumentException(
                    "file path '" + printable(serverPath) + "' has more than " + MAX_SEGMENTS + " parts");
        }
        Path p = root;
        for (String s : segments) {
            if (!isSafeSegment(s)) {
                throw new IllegalArgumentException("file path '" + printable(serverPath) + "' has the unsafe part '"
                        + printable(s) + "' (allowed: letters, digits, '.', '_', '-', not starting with '.' or '-')");
            }
            p = p.resolve(s);
        }
        Path normal = p.normalize();
        if (!normal.startsWith(root.normalize())) {
            throw new IllegalArgumentException("file path '" + printable(serverPath) + "' leaves its folder");
        }
        return normal;
    }

    /** An identifier (e.g. a dataset id) as one folder name: kept when safe, else made safe and unique. */
    public static String segment(String id) {
        if (isSafeSegment(id)) {
            return id;
        }
        String cleaned = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._-]+", "");
        String hash = UUID.nameUUIDFromBytes(String.valueOf(id).getBytes(StandardCharsets.UTF_8))
                .toString()
                .substring(0, 8);
        cleaned = cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
        return (cleaned.isEmpty() ? "id" : cleaned) + "-" + hash;
    }

    /**
     * A server-supplied file name as a local file's name, e.g. the name a save dialog suggests: letters of any
     * script, digits, spaces and {@code . _ - ( )} are kept, anything else (separators, control characters) becomes
     * '_', leading dots go, and it is at most 120 characters with its extension kept.
     */
    public static String fileName(String name) {
        String cleaned = name == null
                ? ""
                : name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("^[. ]+", "");
        if (cleaned.length() > 120) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, 120 - extension.length()) + extension;
        }
        String base = cleaned.contains(".") ? cleaned.substring(0, cleaned.indexOf('.')) : cleaned;
        return cleaned.isBlank() || WINDOWS_DEVICES.contains(base.strip().toUpperCase(Locale.ROOT)) ? "file" : cleaned;
    }

    static boolean isSafeSegment(String s) {
        if (s == null || !SEGMENT.matcher(s).matches() || s.endsWith(".")) {
            return false;
        }
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        return !WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT));
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}

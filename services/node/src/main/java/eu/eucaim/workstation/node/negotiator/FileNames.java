package eu.eucaim.workstation.node.negotiator;

/** A file name as a client sent it, made safe to show and to name in a header (never a path: files go by id). */
final class FileNames {
    private static final int MAX = 200;

    private FileNames() {}

    /** The last path segment, without control characters, at most 200 characters. */
    static String shown(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        last.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(b::appendCodePoint);
        String s = b.toString().strip();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            return "attachment";
        }
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }

    /** For a Content-Disposition header: printable ASCII without quotes or backslashes. */
    static String ascii(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return b.toString();
    }
}

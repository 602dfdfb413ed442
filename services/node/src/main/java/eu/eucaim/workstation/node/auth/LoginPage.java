package eu.eucaim.workstation.node.auth;

/** The provider's HTML: the login form and the error page. Every value shown is escaped. */
final class LoginPage {
    private LoginPage() {}

    static String form(String formId, String username, String message) {
        return page(
                "Sign in to the EUCAIM demo node",
                (message == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(message) + "</p>\n")
                        + "<form method=\"post\" action=\"/oauth2/authorize\">\n"
                        + "<input type=\"hidden\" name=\"request_id\" value=\"" + escape(formId) + "\">\n"
                        + "<p><label for=\"username\">Username</label><br>"
                        + "<input id=\"username\" name=\"username\" autocomplete=\"username\" autofocus value=\""
                        + escape(username == null ? "" : username) + "\"></p>\n"
                        + "<p><label for=\"password\">Password</label><br>"
                        + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"></p>\n"
                        + "<p><button type=\"submit\">Sign in</button> "
                        + "<button type=\"submit\" name=\"cancel\" value=\"1\">Cancel</button></p>\n</form>\n"
                        + "<p class=\"hint\">Demo users: researcher, steward, admin, agent (password = username).</p>");
    }

    static String error(String message) {
        return page(
                "Sign-in cannot continue",
                "<p class=\"error\" role=\"alert\">" + escape(message) + "</p>\n"
                        + "<p>Close this page and start the sign-in again from the EUCAIM Workstation.</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title>\n<style>body{font-family:sans-serif;max-width:26em;margin:3em auto}"
                + ".error{color:#a00000}.hint{color:#555;font-size:90%}</style></head>\n<body><h1>" + escape(title)
                + "</h1>\n" + body + "\n</body></html>\n";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

package eu.eucaim.workstation.node.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The provider's HTML: the login form and the error page, in the app's look. Every value shown is escaped. */
final class LoginPage {
    /** The app's look (Primer colours, light and dark), read once. */
    private static final String STYLE = style();

    private LoginPage() {}

    static String form(String formId, String username, String message) {
        return page(
                "Sign in to the EUCAIM demo node",
                (message == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(message) + "</p>\n")
                        + "<form method=\"post\" action=\"/oauth2/authorize\">\n"
                        + "<input type=\"hidden\" name=\"request_id\" value=\"" + escape(formId) + "\">\n"
                        + "<label for=\"username\">Username</label>"
                        + "<input id=\"username\" name=\"username\" autocomplete=\"username\" autofocus value=\""
                        + escape(username == null ? "" : username) + "\">\n"
                        + "<label for=\"password\">Password</label>"
                        + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">\n"
                        + "<div class=\"buttons\"><button class=\"primary\" type=\"submit\">Sign in</button>"
                        + "<button type=\"submit\" name=\"cancel\" value=\"1\">Cancel</button></div>\n</form>\n"
                        + "<p class=\"hint\">Demo users: researcher, steward, admin, agent (password = username).</p>");
    }

    static String error(String message) {
        return page(
                "Sign-in cannot continue",
                "<p class=\"error\" role=\"alert\">" + escape(message) + "</p>\n"
                        + "<p>Close this page and start the sign-in again from the EUCAIM Workstation.</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style></head>\n<body><header><span class=\"logo\">E</span>"
                + "EUCAIM Workstation</header>\n<main><h1>" + escape(title) + "</h1>\n" + body
                + "\n</main></body></html>\n";
    }

    private static String style() {
        try (InputStream in = LoginPage.class.getResourceAsStream("login.css")) {
            if (in == null) {
                throw new IllegalStateException("login.css is missing from the node's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the login page's style", e);
        }
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

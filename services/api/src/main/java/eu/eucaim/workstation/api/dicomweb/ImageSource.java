package eu.eucaim.workstation.api.dicomweb;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A DICOMweb server the Viewer searches and opens images from: the node in use (its {@code /dicom-web}, with the
 * user's sign-in) or one the user added in Settings (an Orthanc, a hospital PACS, another node of the federation).
 *
 * @param name    how the Viewer lists it
 * @param baseUrl the DICOMweb root, e.g. {@code http://127.0.0.1:8042/dicom-web} (no trailing slash)
 * @param user    the HTTP Basic user name, "" unless {@code auth} is {@link Auth#BASIC}; the password is never here
 */
public record ImageSource(String name, URI baseUrl, Auth auth, String user) {
    /** How the source wants callers to prove who they are. */
    public enum Auth {
        /** The signed-in user's bearer token (the node in use, a federation node trusting the same provider). */
        SIGN_IN,
        /** A user name and a password (kept in the OS keyring). */
        BASIC,
        /** Nobody: an open server on this machine or a trusted network. */
        NONE
    }

    public ImageSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(auth, "auth");
        user = user == null ? "" : user;
        if (name.isBlank()) {
            throw new IllegalArgumentException("An image source needs a name");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "An image source's address must be an http or https URL with a host, not '" + baseUrl + "'");
        }
        String s = baseUrl.toString();
        if (s.endsWith("/")) {
            baseUrl = URI.create(s.replaceAll("/+$", ""));
        }
        if (auth == Auth.BASIC && user.isBlank()) {
            throw new IllegalArgumentException("Image source '" + name + "' uses a password but names no user");
        }
    }

    /** Parses what a user typed as an address: an http(s) URL; says what is wrong otherwise. */
    public static URI address(String typed) {
        String t = typed == null ? "" : typed.strip();
        try {
            URI u = new URI(t);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException(
                "'" + t + "' is not a DICOMweb address: expected http(s)://host[:port]/path, e.g."
                        + " http://127.0.0.1:8042/dicom-web");
    }
}

package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.api.dicomweb.ImageSource;

/**
 * A DICOMweb server the user added for the Viewer, as {@code settings.json} keeps it (the password is in the OS
 * keyring). Checked when read: an entry that is not a usable source is left out, not a crash.
 *
 * @param auth how to sign in: NONE, BASIC (user + kept password) or SIGN_IN (the user's token, for another node
 *             trusting the same provider)
 */
public record ImageSourceEntry(String name, String url, ImageSource.Auth auth, String user) {
    /** The source, or an IllegalArgumentException saying what is wrong with the entry. */
    public ImageSource source() {
        return new ImageSource(
                name == null ? "" : name.strip(),
                ImageSource.address(url),
                auth == null ? ImageSource.Auth.NONE : auth,
                user == null ? "" : user.strip());
    }
}

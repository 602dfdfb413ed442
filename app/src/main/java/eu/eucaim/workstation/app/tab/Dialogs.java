package eu.eucaim.workstation.app.tab;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs a tab may need, opened by the shell over its window (views never open their own, so that tests can
 * answer them). UI thread; each call waits for the user.
 */
public interface Dialogs {
    /** Where to save a file of {@code type}; empty when the user cancels. */
    Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName);

    /** Which file of {@code type} to open; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, FileType type);

    /** Whether the user confirms {@code message}, e.g. "Abandon this request?", with the button {@code action}. */
    boolean confirm(String title, String message, String action);
}

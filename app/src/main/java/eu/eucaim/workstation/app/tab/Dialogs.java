package eu.eucaim.workstation.app.tab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs a tab may need, opened by the shell over its window (views never open their own, so that tests can
 * answer them). UI thread; each call waits for the user.
 */
public interface Dialogs {
    /**
     * Where to save a file of one of {@code types} (the first offered first); empty when the user cancels. The
     * chooser starts in the folder used last, else the user's documents folder.
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types);

    /** Which file of one of {@code types} to open; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, FileType... types);

    /** Which files to open (of any type); empty when the user cancels. */
    List<Path> chooseFilesToOpen(String title);

    /** Which folder to open; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /** Whether the user confirms {@code message}, e.g. "Abandon this request?", with the button {@code action}. */
    boolean confirm(String title, String message, String action);

    /**
     * As {@link #confirm}, with a box for an optional comment ({@code commentPrompt} says where it goes): empty when
     * the user cancels, else the comment, "" for none.
     */
    Optional<String> confirmWithComment(String title, String message, String action, String commentPrompt);
}

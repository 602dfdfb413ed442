package eu.eucaim.workstation.app.negotiation.form;

import eu.eucaim.workstation.app.tab.FileType;

/** The kinds of file a negotiation takes, as the file choosers offer them (the Negotiator's list). */
public final class Documents {
    public static final FileType DOCUMENTS = FileType.of(
            "Documents (pdf, images, Word, Excel, text)",
            "*.pdf",
            "*.png",
            "*.jpg",
            "*.jpeg",
            "*.doc",
            "*.docx",
            "*.xls",
            "*.xlsx",
            "*.txt",
            "*.csv");
    public static final FileType ANY = FileType.of("Any file", "*.*");
    public static final FileType PDF = FileType.of("PDF document", "*.pdf");

    private Documents() {}
}

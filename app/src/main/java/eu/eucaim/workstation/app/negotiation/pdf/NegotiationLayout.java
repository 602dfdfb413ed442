package eu.eucaim.workstation.app.negotiation.pdf;

import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.app.negotiation.words.NegotiationTitle;
import eu.eucaim.workstation.app.negotiation.words.StatusWords;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** What the PDF of a negotiation says, in order: the facts, the search, the answers, datasets, files, history. */
final class NegotiationLayout {
    private static final List<PageFlow.Column> DATASETS = List.of(
            new PageFlow.Column("Dataset", 0.30f),
            new PageFlow.Column("Id", 0.22f),
            new PageFlow.Column("Organisation", 0.20f),
            new PageFlow.Column("State", 0.28f));
    private static final List<PageFlow.Column> FILES = List.of(
            new PageFlow.Column("Name", 0.36f),
            new PageFlow.Column("Type", 0.30f),
            new PageFlow.Column("Size", 0.10f),
            new PageFlow.Column("Id", 0.24f));

    private final NegotiationExport export;
    private final PageFlow flow;

    private NegotiationLayout(NegotiationExport export, PageFlow flow) {
        this.export = export;
        this.flow = flow;
    }

    /** Lays {@code export} out in {@code document}, which must be empty and stays the caller's to save and close. */
    static void write(NegotiationExport export, PDDocument document) throws IOException {
        PdfFont regular = PdfFont.load(document, PdfFont.REGULAR);
        PdfFont bold = PdfFont.load(document, PdfFont.BOLD);
        NegotiationLayout layout = new NegotiationLayout(export, new PageFlow(document, regular, bold));
        layout.facts();
        layout.search();
        layout.answers();
        layout.datasets();
        layout.attachments();
        layout.feed();
        Negotiation negotiation = export.negotiation();
        String id = Formats.orNone(negotiation.id());
        layout.flow.finish(
                "EUCAIM negotiation " + id, "Exported " + Formats.when(export.exportedAt()) + " by EUCAIM Workstation");
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(layout.title());
        info.setSubject("EUCAIM negotiation " + id);
        info.setCreator("EUCAIM Workstation");
    }

    private String title() {
        return NegotiationTitle.of(export.negotiation());
    }

    private void facts() throws IOException {
        Negotiation negotiation = export.negotiation();
        flow.title(title());
        flow.fact("Negotiation id", Formats.orNone(negotiation.id()));
        if (negotiation.displayId() != null && !negotiation.displayId().isBlank()) {
            flow.fact("Number", negotiation.displayId());
        }
        flow.fact("Status", StatusWords.negotiation(negotiation.status(), export.resources()));
        flow.fact("Author", Formats.person(negotiation.author()));
        flow.fact("Created", Formats.when(negotiation.creationDate(), zone()));
        flow.fact("Last modified", Formats.when(negotiation.modifiedDate(), zone()));
        flow.fact("Exported", Formats.when(export.exportedAt()));
    }

    private void search() throws IOException {
        flow.heading("Search parameters");
        flow.text(Formats.orNone(export.negotiation().humanReadable()));
    }

    private void answers() throws IOException {
        flow.heading("Application");
        List<Answers.Section> sections =
                Answers.of(export.form(), export.negotiation().payload());
        if (sections.isEmpty()) {
            flow.text(Answers.NONE);
        }
        for (Answers.Section section : sections) {
            flow.subheading(section.title());
            if (section.answers().isEmpty()) {
                flow.text(Answers.NONE);
            }
            for (Answers.Answer answer : section.answers()) {
                flow.labelled(answer.label(), answer.value());
            }
        }
    }

    private void datasets() throws IOException {
        table(
                "Datasets",
                "No datasets.",
                export.resources(),
                DATASETS,
                resource -> List.of(
                        Formats.orNone(resource.name()),
                        Formats.orNone(resource.sourceId()),
                        resource.organization() == null
                                ? Answers.NONE
                                : Formats.orNone(resource.organization().name()),
                        StatusWords.resource(resource.currentState())));
    }

    private void attachments() throws IOException {
        table(
                "Attachments",
                "No attachments.",
                export.attachments(),
                FILES,
                attachment -> List.of(
                        Formats.orNone(attachment.name()),
                        Formats.orNone(attachment.contentType()),
                        eu.eucaim.workstation.app.fx.Formats.bytes(attachment.size()),
                        Formats.orNone(attachment.id())));
    }

    /** A heading with the number of items, then their table, or {@code none} when there are none. */
    private <T> void table(
            String title, String none, List<T> items, List<PageFlow.Column> columns, Function<T, List<String>> row)
            throws IOException {
        flow.heading(title + " (" + count(items.size()) + ")");
        if (items.isEmpty()) {
            flow.text(none);
            return;
        }
        List<List<String>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(row.apply(item));
        }
        flow.table(columns, rows);
    }

    private void feed() throws IOException {
        List<Feed.Entry> entries = Feed.of(export.timeline(), export.posts(), export.resources(), zone());
        flow.heading("History and messages (" + count(entries.size()) + ")");
        if (entries.isEmpty()) {
            flow.text("Nothing yet.");
        }
        for (Feed.Entry entry : entries) {
            flow.space(4f);
            flow.smallBold(entry.when() + " · " + entry.who() + " · " + entry.kind());
            flow.indented(entry.text());
        }
    }

    /** The Negotiator's times are shown in the zone of the export's time, as the negotiation pages show them. */
    private ZoneId zone() {
        return export.exportedAt().getZone();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

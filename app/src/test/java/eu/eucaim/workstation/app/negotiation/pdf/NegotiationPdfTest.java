package eu.eucaim.workstation.app.negotiation.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NegotiationPdfTest {
    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    /** The big export (1,000 datasets, 40 feed entries, 2 attachments), written once and read back. */
    private static Path big;

    private static String bigText;

    @BeforeAll
    static void writeTheBigExport() throws IOException {
        big = shared.resolve("negotiation-7.pdf");
        NegotiationPdf.write(Exports.export(1000, Exports.twoAttachments()), big);
        bigText = text(big);
    }

    @Test
    void holdsTheFactsAndTheStatusInTheGuidesWords() {
        assertThat(bigText)
                .contains(Exports.TITLE)
                .contains("Negotiation id: " + Exports.ID)
                .contains("Number: 7")
                // in progress with a dataset made available: the guide's "Started"
                .contains("Status: Started")
                .contains("Author: " + Exports.AUTHOR + " <zoltan@example.org>")
                .contains("Created: 2026-03-01 10:15")
                .contains("Last modified: 2026-03-05 16:45")
                .contains("modality = CT AND body part = LUNG");
    }

    @Test
    void answersAreUnderTheFormsLabelsWithTheirValuesInWords() {
        assertThat(bigText)
                .contains("Project", "Request", "Ethics vote")
                .contains("Project title", "Study description", "For profit", "Image modalities")
                .contains("Number of subjects", "Study protocol", "Specific needs")
                .contains("Ethics committee decision", "Decision letter")
                .contains("CT, MR")
                .contains("1200")
                .contains("protokół-badania.pdf (application/pdf, 193 bytes)")
                .doesNotContain("modality-list")
                .doesNotContain("How to fill this in");
        assertThat(lineAfter(bigText, "For profit")).isEqualTo("No");
        // an empty answer, and both elements of the section the payload has as null
        assertThat(lineAfter(bigText, "Specific needs")).isEqualTo("—");
        assertThat(lineAfter(bigText, "Ethics committee decision")).isEqualTo("—");
        assertThat(lineAfter(bigText, "Decision letter")).isEqualTo("—");
    }

    @Test
    void aLongAnswerIsWrappedOverLinesAndPagesWhole() throws IOException {
        String body = withoutHeadersAndFooters(big).replaceAll("\\s+", " ");
        assertThat(body).contains(Exports.LONG_ANSWER);
        String firstPage = pageTexts(big).get(0);
        // wrapped: no line of the page is anywhere near the whole answer
        assertThat(firstPage.lines().mapToInt(String::length).max().orElseThrow())
                .isLessThan(150);
    }

    @Test
    void everyDatasetIsListedWithItsIdOrganisationAndState() {
        for (int i = 0; i < 1000; i++) {
            assertThat(bigText).contains(Exports.datasetName(i)).contains(Exports.datasetId(i));
        }
        assertThat(bigText)
                .contains("Datasets (1,000)")
                .contains("Szpital 3 Gdańsk")
                .contains("Waiting for review", "Representative contacted", "Checking availability")
                .contains("Access conditions indicated", "Access granted")
                .contains(Exports.datasetName(3) + " " + Exports.datasetId(3) + " Szpital 3 Gdańsk Available")
                .doesNotContain("RESOURCE_MADE_AVAILABLE", "CHECKING_AVAILABILITY");
    }

    @Test
    void attachmentsAreListedByNameTypeAndSize() {
        assertThat(bigText)
                .contains("Attachments (2)")
                .contains("zgoda-komisji-etycznej.pdf", "Győri_adatok_leírás.xlsx")
                .contains("48.2 kB", "2.3 MB");
    }

    @Test
    void theFeedMergesEventsAndMessagesByTime() {
        assertThat(bigText).contains("History and messages (40)");
        List<Integer> order = new ArrayList<>();
        Matcher m = Pattern.compile("(Event|Message) number (\\d+)").matcher(bigText);
        while (m.find()) {
            // event i at minute 2i, message i at minute 2i + 1
            order.add(Integer.parseInt(m.group(2)) * 2 + (m.group(1).equals("Message") ? 1 : 0));
        }
        assertThat(order).hasSize(40).isSorted();
        assertThat(bigText)
                .contains("2026-03-02 09:01 · Ágnes Ślęzak · Private message to Szpital 3 Gdańsk")
                .contains("2026-03-02 09:03 · Ágnes Ślęzak · Public message");
    }

    @Test
    void everyPageHasTheNegotiationIdAndItsNumberOfPages() throws IOException {
        List<String> pages = pageTexts(big);
        int count = pages.size();
        assertThat(count).isGreaterThan(1);
        for (int n = 1; n <= count; n++) {
            assertThat(pages.get(n - 1))
                    .contains("Page " + n + " of " + count)
                    .contains("EUCAIM negotiation " + Exports.ID);
        }
    }

    @Test
    void embedsAFontThatDrawsPolishAndHungarianLetters() throws IOException {
        assertThat(bigText).contains("ł", "ő", "é", "Ł", "ż", "ű", "Ś");
        try (PDDocument pdf = Loader.loadPDF(big.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("DejaVuSans")).anyMatch(f -> f.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void noAttachmentsSaysSo() throws IOException {
        Path pdf = folder.resolve("none.pdf");
        NegotiationPdf.write(Exports.export(3, List.of()), pdf);
        String text = text(pdf);
        assertThat(text).contains("Attachments (0)", "No attachments.", "Datasets (3)", Exports.datasetName(2));
        assertThat(text).doesNotContain("zgoda-komisji-etycznej.pdf");
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarks() throws IOException {
        NegotiationExport base = Exports.export(1, List.of());
        Post odd = new Post(
                "x",
                Exports.ID,
                "Smile 🙂 and 漢字 and a bell\u0007 and a\ttab",
                "2026-03-02T08:00:00",
                Exports.person("Łukasz", null),
                null,
                "PUBLIC",
                Map.of());
        NegotiationExport export = new NegotiationExport(
                base.negotiation(),
                base.form(),
                base.resources(),
                List.of(),
                List.of(),
                List.of(odd),
                base.exportedAt());
        Path pdf = folder.resolve("odd.pdf");
        NegotiationPdf.write(export, pdf);
        assertThat(text(pdf)).contains("Smile ? and ?? and a bell and a tab");
    }

    @Test
    void withoutFormOrPayloadTheAnswersReadAsAbsent() throws IOException {
        Negotiation bare =
                new Negotiation("n-1", null, null, null, "SUBMITTED", null, false, false, null, null, false, null);
        Path pdf = folder.resolve("bare.pdf");
        NegotiationPdf.write(
                new NegotiationExport(bare, null, null, null, null, null, ZonedDateTime.now(ZoneOffset.UTC)), pdf);
        String text = text(pdf);
        assertThat(text)
                .contains("Access request n-1")
                .contains("Status: Under Review")
                .contains("Author: —")
                .contains("Created: —")
                .contains("No datasets.", "No attachments.", "Nothing yet.");
        assertThat(lineAfter(text, "Search parameters")).isEqualTo("—");
        assertThat(lineAfter(text, "Application")).isEqualTo("—");
    }

    @Test
    void replacesAFileAtTheTargetAndLeavesNothingElse() throws IOException {
        Path pdf = folder.resolve("again.pdf");
        Files.writeString(pdf, "an older export");
        NegotiationPdf.write(Exports.export(2, List.of()), pdf);
        assertThat(text(pdf)).contains(Exports.datasetName(1));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(pdf);
        }
        // the permissions any new file of the user gets (the umask's), not a temporary file's 0600
        Path plain = Files.createFile(folder.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        Path pdf = folder.resolve("missing").resolve("x.pdf");
        assertThatThrownBy(() -> NegotiationPdf.write(Exports.export(1, List.of()), pdf))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(pdf.toString())
                .hasMessageContaining("does not exist");
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheFolderIsNamed() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "x");
        Path pdf = notAFolder.resolve("x.pdf");
        assertThatThrownBy(() -> NegotiationPdf.write(Exports.export(1, List.of()), pdf))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(pdf.toString())
                .hasMessageContaining("is not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void aTargetThatIsAFolderIsRefused() throws IOException {
        Path pdf = Files.createDirectory(folder.resolve("export.pdf"));
        assertThatThrownBy(() -> NegotiationPdf.write(Exports.export(1, List.of()), pdf))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(pdf.toString())
                .hasMessageContaining("is a folder");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndGetsNoFile() throws IOException {
        Path readOnly = UnwritableFolder.find(folder);
        Path pdf =
                readOnly.resolve("negotiation-test-" + ProcessHandle.current().pid() + ".pdf");
        List<Path> before = list(readOnly);
        assertThatThrownBy(() -> NegotiationPdf.write(Exports.export(1, List.of()), pdf))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(pdf.toString())
                .hasMessageContaining("cannot be written");
        assertThat(list(readOnly)).isEqualTo(before);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The text line that follows the first line equal to {@code line}. */
    private static String lineAfter(String text, String line) {
        List<String> lines = text.lines().map(String::strip).toList();
        int at = lines.indexOf(line);
        assertThat(at).as("a line '%s'", line).isNotNegative();
        return lines.get(at + 1);
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The pages' text without what is stamped on every page, so that text running over a page break joins up. */
    private static String withoutHeadersAndFooters(Path pdf) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String page : pageTexts(pdf)) {
            page.lines()
                    .filter(l -> !l.startsWith("EUCAIM negotiation "))
                    .filter(l -> !l.startsWith("Exported 2026-03-09 12:30 by EUCAIM Workstation"))
                    .filter(l -> !l.matches("Page \\d+ of \\d+"))
                    .forEach(l -> body.append(l).append('\n'));
        }
        return body.toString();
    }
}

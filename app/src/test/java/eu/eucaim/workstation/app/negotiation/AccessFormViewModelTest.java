package eu.eucaim.workstation.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.ValueSet;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.negotiation.form.AccessFormViewModel;
import eu.eucaim.workstation.app.negotiation.form.DraftStore;
import eu.eucaim.workstation.app.negotiation.form.FormField;
import eu.eucaim.workstation.app.testing.ScriptedNegotiations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard without a screen or a network: pages, payload encoding, Submit's checks, uploads, local drafts. */
class AccessFormViewModelTest {
    private static final String ID = "neg-1";

    @TempDir
    Path dir;

    private final List<JsonNode> patched = new ArrayList<>();
    private boolean uploadFails;
    private JsonNode serverPayload = Json.mapper().createObjectNode();
    private DraftStore drafts;
    private Service service;
    private AccessFormViewModel vm;

    private static FormElement element(long id, String name, String type, boolean required, String description) {
        Map<String, Link> links = type.endsWith("CHOICE") ? Map.of("value-set", Link.to("/api/v3/value-sets/7")) : null;
        return new FormElement(id, name, name.toUpperCase(), description, type, required, links);
    }

    private static AccessForm form() {
        return new AccessForm(
                null,
                "test",
                List.of(
                        new FormSection(
                                1,
                                "project",
                                "Project",
                                null,
                                List.of(
                                        element(11, "title", "TEXT", true, null),
                                        element(12, "summary", "TEXT_LARGE", true, "What for; at most 5 words"),
                                        element(13, "months", "NUMBER", false, null),
                                        element(14, "modalities", "MULTIPLE_CHOICE", false, null),
                                        element(15, "ethics", "BOOLEAN", true, null)),
                                null),
                        new FormSection(
                                2,
                                "documents",
                                "Documents",
                                null,
                                List.of(element(21, "approval", "FILE", true, null)),
                                null)),
                null);
    }

    /** The scripted Negotiator: one draft, its form, a value set; PATCH, SUBMIT and uploads answer as told. */
    private final class Service extends ScriptedNegotiations {
        @Override
        public CompletableFuture<Negotiation> negotiation(String id) {
            record("negotiation", id);
            return CompletableFuture.completedFuture(new Negotiation(
                    id, "1", null, serverPayload, "DRAFT", "how", false, false, null, null, true, Map.of()));
        }

        @Override
        public CompletableFuture<AccessForm> negotiationAccessForm(String id) {
            record("form", id);
            return CompletableFuture.completedFuture(form());
        }

        @Override
        public CompletableFuture<List<NegotiationResource>> resources(String id) {
            record("resources", id);
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<ValueSet> valueSet(long id) {
            record("valueSet", id);
            return CompletableFuture.completedFuture(Json.mapper()
                    .convertValue(Map.of("id", id, "availableValues", List.of("CT", "MR", "PET")), ValueSet.class));
        }

        @Override
        public CompletableFuture<Negotiation> updatePayload(String id, JsonNode payload) {
            record("patch", id);
            patched.add(payload.deepCopy());
            return negotiation(id);
        }

        @Override
        public CompletableFuture<Negotiation> fire(String id, String event) {
            record("fire", id, event);
            return negotiation(id);
        }

        @Override
        public CompletableFuture<Attachment> attach(String id, Path file, String contentType) {
            record("attach", file.getFileName(), contentType);
            if (uploadFails) {
                return CompletableFuture.failedFuture(new ServiceErrorException(
                        "Negotiator", 400, new ErrorBody("Bad Request", "The file is empty")));
            }
            return CompletableFuture.completedFuture(
                    new Attachment("att-1", null, "approval.pdf", "application/pdf", 812));
        }
    }

    @BeforeEach
    void open() {
        drafts = new DraftStore(dir.resolve("drafts"));
        service = new Service();
        vm = new AccessFormViewModel(service, drafts, UiThread.sameThread(), Runnable::run);
        vm.open(ID);
    }

    private FormField field(String name) {
        return vm.fields().stream()
                .filter(f -> f.element().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void pagesAreTheSummaryEachSectionAndTheOverview() {
        assertThat(vm.pages())
                .extracting(AccessFormViewModel.Page::title)
                .containsExactly("Request summary", "Project", "Documents", "Overview");
        assertThat(field("modalities").options()).containsExactly("CT", "MR", "PET");
        assertThat(service.calls).containsOnlyOnce("valueSet 7");
    }

    @Test
    void thePayloadIsEncodedAsUpstreamAndLeavesEmptyAnswersOut() {
        field("title").textProperty().set("Lung nodules");
        field("months").textProperty().set("12");
        field("modalities").chosen().setAll("CT", "PET");
        field("ethics").textProperty().set("Yes");
        JsonNode p = vm.payload();
        assertThat(p.path("project").path("title").asText()).isEqualTo("Lung nodules");
        assertThat(p.path("project").path("months").isTextual()).isTrue();
        assertThat(p.path("project").path("modalities").isArray()).isTrue();
        assertThat(p.path("project").path("modalities")).hasSize(2);
        assertThat(p.path("project").path("ethics").asText()).isEqualTo("Yes");
        assertThat(p.path("project").has("summary")).isFalse();
        assertThat(p.has("documents")).isFalse();
    }

    @Test
    void submitNamesEveryMissingOrWrongAnswerGoesToTheFirstAndSendsNothing() {
        field("title").textProperty().set("Lung nodules");
        field("summary").textProperty().set("one two three four five six");
        field("months").textProperty().set("a year");
        vm.goTo(2);
        vm.submit();
        assertThat(vm.problems())
                .extracting(AccessFormViewModel.Problem::text)
                .containsExactly(
                        "Project › SUMMARY: 6 words, at most 5",
                        "Project › MONTHS: \"a year\" is not a number",
                        "Project › ETHICS: required",
                        "Documents › APPROVAL: required");
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        assertThat(vm.focusProperty().get()).isSameAs(field("summary"));
        assertThat(vm.errorProperty().get()).contains("4 answers").contains("SUMMARY");
        assertThat(service.calls).doesNotContain("fire neg-1 SUBMIT");

        // Answering removes the problem at once.
        field("summary").textProperty().set("one two three");
        assertThat(vm.problems()).hasSize(3);
    }

    @Test
    void aFailedUploadSaysSoKeepsTheFileAndRetrySendsItAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("approval.pdf"), "%PDF-1.4");
        uploadFails = true;
        FormField approval = field("approval");
        vm.upload(approval, file);
        assertThat(approval.uploadErrorProperty().get()).isEqualTo("approval.pdf: The file is empty");
        assertThat(approval.problem()).contains("the upload failed");
        assertThat(approval.failedUploadProperty().get()).isEqualTo(file);

        uploadFails = false;
        vm.retryUpload(approval);
        assertThat(approval.uploadErrorProperty().get()).isNull();
        assertThat(approval.fileProperty().get().id()).isEqualTo("att-1");
        assertThat(vm.payload().path("documents").path("approval").path("id").asText())
                .isEqualTo("att-1");
        assertThat(service.calls)
                .filteredOn(c -> c.startsWith("attach"))
                .containsExactly("attach approval.pdf application/pdf", "attach approval.pdf application/pdf");
    }

    @Test
    void whatIsTypedIsKeptLocallyAtOnceAndWinsOverTheNodesCopyWhenOpenedAgain() throws Exception {
        field("title").textProperty().set("Typed offline");
        assertThat(drafts.load(ID)).isPresent();
        assertThat(drafts.load(ID).get().path("project").path("title").asText()).isEqualTo("Typed offline");

        serverPayload = Json.mapper().readTree("{\"project\":{\"title\":\"Older\",\"months\":\"3\"}}");
        vm.open(ID);
        assertThat(field("title").textProperty().get()).isEqualTo("Typed offline");
        assertThat(vm.statusProperty().get()).contains("Restored");
    }

    @Test
    void aPageChangeSendsTheAnswersAndSubmitFiresSubmitThenForgetsTheLocalCopy() throws Exception {
        field("title").textProperty().set("Lung nodules");
        vm.next();
        assertThat(patched).hasSize(1);
        assertThat(patched.get(0).path("project").path("title").asText()).isEqualTo("Lung nodules");

        field("summary").textProperty().set("short");
        field("ethics").textProperty().set("No");
        Path file = Files.writeString(dir.resolve("approval.pdf"), "%PDF-1.4");
        vm.upload(field("approval"), file);
        List<String> submitted = new ArrayList<>();
        vm.setOnSubmitted(submitted::add);
        vm.submit();
        assertThat(vm.problems()).isEmpty();
        assertThat(service.calls).contains("fire neg-1 SUBMIT");
        assertThat(submitted).containsExactly(ID);
        assertThat(drafts.load(ID)).isEmpty();
    }
}

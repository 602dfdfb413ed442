package eu.eucaim.workstation.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import eu.eucaim.workstation.api.negotiation.LifecycleEvent;
import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.Organization;
import eu.eucaim.workstation.api.negotiation.Person;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.negotiation.outbox.Backoff;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActions;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActionsStore;
import eu.eucaim.workstation.app.negotiation.page.FeedEntry;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageViewModel;
import eu.eucaim.workstation.app.negotiation.page.PostTarget;
import eu.eucaim.workstation.app.negotiation.page.ResourceRow;
import eu.eucaim.workstation.app.testing.ScriptedNegotiations;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NegotiationPageViewModelTest {
    private static final Organization BIOBANK = new Organization(1, "bb-1", "Biobank One", false);
    private static final Link EVENT = new Link("/x", null, "Next Lifecycle event", "Indicate access conditions");

    private final List<NewPost> posted = new ArrayList<>();
    private boolean postsRefused;

    private final ScriptedNegotiations service = new ScriptedNegotiations() {
        @Override
        public CompletableFuture<Negotiation> negotiation(String id) {
            record("negotiation", id);
            JsonNode payload = Json.mapper()
                    .createObjectNode()
                    .set("scientific", Json.mapper().createObjectNode().put("use-case-title", "Lung nodules"));
            return CompletableFuture.completedFuture(new Negotiation(
                    id,
                    "4",
                    null,
                    payload,
                    "IN_PROGRESS",
                    "modality = CT",
                    true,
                    true,
                    "2026-12-01T10:00:00",
                    null,
                    false,
                    Map.of()));
        }

        @Override
        public CompletableFuture<AccessForm> negotiationAccessForm(String id) {
            return CompletableFuture.completedFuture(new AccessForm(
                    null,
                    "f",
                    List.of(new FormSection(
                            1,
                            "scientific",
                            "Scientific relevance",
                            null,
                            List.of(new FormElement(1, "use-case-title", "Use-case title", null, "TEXT", true, null)),
                            null)),
                    null));
        }

        @Override
        public CompletableFuture<List<NegotiationResource>> resources(String id) {
            return CompletableFuture.completedFuture(List.of(
                    new NegotiationResource(
                            1,
                            "ds-a",
                            "Not mine",
                            null,
                            new Organization(2, "bb-2", "Two", false),
                            "CHECKING_AVAILABILITY",
                            Map.of()),
                    new NegotiationResource(
                            2,
                            "ds-b",
                            "Mine",
                            null,
                            BIOBANK,
                            "RESOURCE_AVAILABLE",
                            Map.of("self", Link.to("/r/2"), "INDICATE_ACCESS_CONDITIONS", EVENT))));
        }

        @Override
        public CompletableFuture<List<Attachment>> attachments(String id) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<List<TimelineEvent>> timeline(String id) {
            return CompletableFuture.completedFuture(List.of(
                    new TimelineEvent("Admin", "Approved", "2026-12-02T10:00:00"),
                    new TimelineEvent("Researcher", "Submitted", "2026-12-01T11:00:00")));
        }

        @Override
        public CompletableFuture<List<Post>> posts(String id) {
            Person p = new Person("3", "s", "Steward", null, null, false, false, true, false);
            return CompletableFuture.completedFuture(
                    List.of(new Post("p1", id, "Any news?", "2026-12-01T12:00:00", p, "bb-1", "PRIVATE", null)));
        }

        @Override
        public CompletableFuture<List<LifecycleEvent>> lifecycle(String id) {
            return CompletableFuture.completedFuture(List.of(new LifecycleEvent("PAUSE", "Pause", "Pause it")));
        }

        @Override
        public CompletableFuture<Post> post(String id, NewPost post, ActionKey key) {
            record("post", id, post.type());
            if (postsRefused) {
                return CompletableFuture.failedFuture(new ServiceErrorException(
                        "Negotiator", 403, new ErrorBody("Forbidden", "Private posts open at APPROVE")));
            }
            posted.add(post);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Negotiation> fireOnResource(String id, String sourceId, String event, ActionKey key) {
            record("fireOnResource", id, sourceId, event);
            return negotiation(id);
        }
    };

    @TempDir
    static Path dir;

    private NegotiationPageViewModel vm;

    /** The page's writes go through a real outbox (its file in a temp folder), as in the app. */
    @BeforeEach
    void make() {
        PendingActions outbox = new PendingActions(
                new PendingActionsStore(dir.resolve("outbox-" + System.nanoTime())),
                service,
                UiThread.sameThread(),
                UiThread.sameThread(),
                (delay, task) -> () -> {},
                Backoff.DEFAULT,
                Clock.systemUTC());
        outbox.signedInAs("researcher at http://node");
        vm = new NegotiationPageViewModel(service, outbox, UiThread.sameThread());
    }

    @Test
    void thePageShowsEverythingInTheGuidesWordsWithMyDatasetsFirstAndOneChronologicalFeed() {
        vm.open("n1");
        assertThat(vm.titleProperty().get()).isEqualTo("Lung nodules");
        assertThat(vm.statusProperty().get()).isEqualTo("In Progress");
        assertThat(vm.resources())
                .extracting(r -> r.resource().name() + ": " + r.state())
                .containsExactly("Mine: Available", "Not mine: Checking availability");
        assertThat(vm.resources().get(0).actions())
                .extracting(a -> a.label())
                .containsExactly("Indicate access conditions");
        assertThat(vm.feed()).extracting(FeedEntry::text).containsExactly("Submitted", "Any news?", "Approved");
        assertThat(vm.feed().get(1).audience()).isEqualTo("Private with Biobank One");
        assertThat(vm.sections().get(0).answers())
                .extracting(a -> a.label() + "=" + a.value())
                .containsExactly("Use-case title=Lung nodules");
        assertThat(vm.postTargets())
                .extracting(PostTarget::label)
                .contains("Everyone in this negotiation", "Private with Biobank One");
    }

    @Test
    void conditionsGoPrivatelyToTheResearcherBeforeTheEventFires() {
        vm.open("n1");
        ResourceRow mine = vm.resources().get(0);
        vm.fireOnResource(mine, mine.actions().get(0), "Cite EUCAIM", null);
        assertThat(posted).containsExactly(new NewPost("Cite EUCAIM", "PRIVATE", "bb-1"));
        assertThat(service.calls)
                .containsSubsequence("post n1 PRIVATE", "fireOnResource n1 ds-b INDICATE_ACCESS_CONDITIONS");
        assertThat(vm.noticeProperty().get()).isEqualTo("“Indicate access conditions — Mine” done.");
    }

    @Test
    void aRefusedMessageKeepsWhatWasTypedAndSaysWhy() {
        vm.open("n1");
        vm.messageProperty().set("Hello there");
        postsRefused = true;
        vm.send(vm.postTargets().get(1), null);
        assertThat(vm.errorProperty().get()).isEqualTo("Private posts open at APPROVE");
        assertThat(vm.messageProperty().get())
                .as("the refused message is back in the box")
                .isEqualTo("Hello there");
        postsRefused = false;
        vm.send(vm.postTargets().get(1), null);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void exportWritesThePdfOfWhatTheNodeHasAndSaysWhere() throws Exception {
        vm.open("n1");
        Path target = dir.resolve("export-" + System.nanoTime() + ".pdf");
        vm.export(target, Runnable::run).get();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Lung nodules", "In Progress", "Biobank One", "Any news?");
        }
        assertThat(vm.noticeProperty().get()).isEqualTo("Exported to " + target + ".");
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyAndLeavesNoFile() {
        vm.open("n1");
        Path target = dir.resolve("no-such-folder").resolve("x.pdf");
        assertThat(vm.export(target, Runnable::run)).isCompletedExceptionally();
        assertThat(vm.errorProperty().get())
                .startsWith("The PDF was not written: ")
                .contains("no-such-folder");
        assertThat(target).doesNotExist();
    }
}

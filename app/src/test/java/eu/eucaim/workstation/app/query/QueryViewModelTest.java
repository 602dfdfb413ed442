package eu.eucaim.workstation.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.testing.ScriptedSearch;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Query tab's logic alone, against a scripted federated search: no node, no HTTP. Results arrive when the test
 * says so. {@link QueryIntegrationTest} runs the same view-model with the real fan-out and real nodes.
 */
class QueryViewModelTest {
    @TempDir
    Path temp;

    final ScriptedSearch search = new ScriptedSearch();
    final Map<String, String> selected = new LinkedHashMap<>();
    final List<String> opened = new ArrayList<>();
    final List<QueryProvider> providers = new ArrayList<>(List.of(
            new QueryProvider("Node A", URI.create("http://127.0.0.1:1001")),
            new QueryProvider("Node B", URI.create("http://127.0.0.1:1002"))));
    CompletableFuture<List<QueryProvider>> providersAnswer;

    QueryViewModel vm() {
        return new QueryViewModel(
                search,
                () -> providersAnswer != null
                        ? providersAnswer
                        : CompletableFuture.completedFuture(List.copyOf(providers)),
                UiThread.sameThread(),
                UiThread.sameThread(),
                (p, id) -> opened.add(p.name() + "/" + id),
                (id, title, foundBy) -> selected.put(id, title));
    }

    @Test
    void ticksAndRangesBecomeTheQuery() {
        QueryViewModel vm = vm();
        vm.choiceProperty(FilterCategory.GENDER, "female").set(true);
        vm.choiceProperty(FilterCategory.DIAGNOSIS, "SNOMEDCT254837009").set(true);
        vm.choiceProperty(FilterCategory.MODALITY, "MR").set(true);
        vm.choiceProperty(FilterCategory.MODALITY, "PET").set(true);
        vm.ageMinProperty().set("40");
        vm.yearMaxProperty().set(" 2020 ");
        assertThat(vm.query())
                .isEqualTo(new CohortQuery(
                        List.of("female"),
                        List.of("SNOMEDCT254837009"),
                        List.of("MR", "PET"),
                        List.of(),
                        List.of(),
                        40,
                        null,
                        null,
                        2020));
        assertThat(FilterCategory.DIAGNOSIS.choices().get("SNOMEDCT254837009")).isEqualTo("Breast cancer");

        vm.ageMaxProperty().set("30");
        assertThat(vm.problemProperty().get()).isEqualTo("Age at diagnosis: the minimum is above the maximum");
        vm.ageMaxProperty().set("abc");
        assertThat(vm.problemProperty().get()).contains("Age at diagnosis").contains("whole numbers");
        vm.ageMaxProperty().set("");
        vm.yearMinProperty().set("1800");
        assertThat(vm.problemProperty().get()).contains("Year of diagnosis");
        vm.run();
        assertThat(vm.rows()).isEmpty();
        assertThat(search.queries)
                .as("an invalid range never reaches the providers")
                .isEmpty();
        assertThat(vm.messageProperty().get()).contains("Year of diagnosis");

        CohortQuery q =
                new CohortQuery(List.of("male"), null, null, List.of("lung"), List.of("Philips"), null, 80, 2010, null);
        vm.apply(q);
        assertThat(vm.query()).isEqualTo(q);
        vm.clearFilters();
        assertThat(vm.query()).isEqualTo(CohortQuery.any());
    }

    @Test
    void resultsArriveGroupedByProviderWithTotalsAndAFailureIsShownNotFatal() {
        providers.add(new QueryProvider("Broken", URI.create("http://127.0.0.1:1003/api/federated-search")));
        QueryViewModel vm = vm();
        vm.choiceProperty(FilterCategory.GENDER, "female").set(true);
        vm.run();
        ScriptedSearch.Query q = search.last();
        assertThat(q.query.gender()).containsExactly("female");
        assertThat(q.providers).extracting(QueryProvider::name).containsExactly("Node A", "Node B", "Broken");
        assertThat(vm.summaryProperty().get()).isEqualTo("0 of 3 providers answered, 3 answering…");

        q.claim(0); // through Spot: Node A has taken the query
        assertThat(vm.rows().get(0).stateProperty().get()).isEqualTo(ProviderRow.State.CLAIMED);
        assertThat(vm.rows().get(0).statusProperty().get()).isEqualTo("busy: claimed the query after 7 ms");
        assertThat(vm.rows().get(1).stateProperty().get()).isEqualTo(ProviderRow.State.ANSWERING);
        q.answer(1, 30, 12);
        q.claim(1); // news after the answer changes nothing
        assertThat(vm.rows().get(1).stateProperty().get()).isEqualTo(ProviderRow.State.ANSWERED);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 3 providers answered, 2 answering…");
        assertThat(vm.subjectsProperty().get()).isEqualTo(42);
        assertThat(vm.runningProperty().get()).isTrue();
        q.fail(2, ProviderStatus.FAILED, "http://127.0.0.1:1003 answered HTTP 500");
        q.answer(0, 100);

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.rows()).extracting(r -> r.provider().name()).containsExactly("Node A", "Node B", "Broken");
        assertThat(vm.rows().get(0).statusProperty().get())
                .startsWith("answered in ")
                .endsWith(" ms");
        assertThat(vm.rows().get(2).stateProperty().get()).isEqualTo(ProviderRow.State.FAILED);
        assertThat(vm.rows().get(2).statusProperty().get())
                .startsWith("failed: ")
                .contains("500");
        assertThat(vm.subjectsProperty().get()).isEqualTo(142);
        assertThat(vm.studiesProperty().get()).isEqualTo(284);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 of 3 providers answered, 1 failed");
        assertThat(vm.reportProperty().get().providers())
                .extracting(p -> p.status())
                .containsExactly(ProviderStatus.ANSWERED, ProviderStatus.ANSWERED, ProviderStatus.FAILED);

        FederatedSearchResponse.Collection first =
                vm.rows().get(1).collections().get(0);
        vm.open(vm.rows().get(1), first);
        assertThat(opened).containsExactly("Node B/" + first.id());

        vm.addAllToSelection();
        assertThat(selected).hasSize(3).containsEntry(first.id(), first.name());
        assertThat(vm.messageProperty().get()).isEqualTo("3 datasets added to the selection.");
    }

    @Test
    void cancelStopsTheSilentProviderAndKeepsTheAnswers() {
        QueryViewModel vm = vm();
        vm.run();
        ScriptedSearch.Query q = search.last();
        q.answer(0, 5);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 2 providers answered, 1 answering…");
        vm.cancel();
        assertThat(q.cancelled).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.rows().get(1).statusProperty().get()).startsWith("cancelled");
        assertThat(vm.rows().get(0).stateProperty().get()).isEqualTo(ProviderRow.State.ANSWERED);
    }

    @Test
    void aNewRunDropsTheAnswersOfTheOneBefore() {
        QueryViewModel vm = vm();
        vm.run();
        ScriptedSearch.Query old = search.last();
        vm.run();
        assertThat(old.cancelled).as("the query before is cancelled").isTrue();
        ScriptedSearch.Query now = search.last();
        old.answer(0, 999);
        assertThat(vm.subjectsProperty().get())
                .as("a late answer to the old query changes nothing")
                .isZero();
        now.answer(0, 7);
        now.answer(1, 3);
        assertThat(vm.subjectsProperty().get()).isEqualTo(10);
        assertThat(vm.reportProperty().get()).isNotNull();
    }

    @Test
    void withNoProvidersTheUserIsToldWhere() {
        providers.clear();
        QueryViewModel vm = vm();
        vm.run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("No providers to ask: add one in Settings.");

        providersAnswer = CompletableFuture.failedFuture(
                new eu.eucaim.workstation.app.fx.UserMessageException("Could not start the embedded node", null));
        vm.run();
        assertThat(vm.messageProperty().get()).isEqualTo("No providers to ask: Could not start the embedded node");
    }

    @Test
    void aDownloadedReportOpensAgainAndRunsItsQuery() throws Exception {
        QueryViewModel vm = vm();
        vm.choiceProperty(FilterCategory.BODY_PART, "lung").set(true);
        vm.ageMinProperty().set("50");
        vm.run();
        search.last().answer(0, 11);
        search.last().answer(1, 4);
        Path file = temp.resolve("report.json");
        vm.saveReport(file).join();
        assertThat(vm.messageProperty().get()).isEqualTo("Report saved to " + file + ".");
        assertThat(Files.readString(file)).contains("\"description\" : \"Body part: lung · Age at diagnosis: ≥ 50\"");

        QueryViewModel other = vm();
        other.openReport(file).join();
        assertThat(other.query()).isEqualTo(vm.query());
        assertThat(search.last().query).as("the report's query runs again").isEqualTo(vm.query());

        Path bad = Files.writeString(temp.resolve("bad.json"), "[1,2]");
        other.openReport(bad).exceptionally(e -> null).join();
        assertThat(other.messageProperty().get())
                .startsWith("Could not open the report: ")
                .contains("bad.json");
    }

    @Test
    void whenNoProviderAnswersThereIsNoTotalAndNoReportToSave() {
        QueryViewModel vm = vm();
        vm.run();
        assertThat(vm.totalProperty().get()).as("while asking").isEmpty();
        search.last().fail(0, ProviderStatus.FAILED, "refused");
        search.last().fail(1, ProviderStatus.TIMED_OUT, "no answer in 15 s");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.totalProperty().get()).isEqualTo("No provider answered");
        assertThat(vm.reportProperty().get()).isNotNull();
        assertThat(vm.reportSavableProperty().get()).isFalse();

        vm.run();
        search.last().answer(0, 1_234);
        search.last().fail(1, ProviderStatus.FAILED, "refused");
        assertThat(vm.totalProperty().get()).isEqualTo("1,234 subjects · 2,468 studies");
        assertThat(vm.reportSavableProperty().get()).isTrue();
    }

    @Test
    void aReportSavedAsCsvIsATable() throws Exception {
        QueryViewModel vm = vm();
        vm.run();
        search.last().answer(0, 5);
        search.last().answer(1, 7);
        Path csv = temp.resolve("report.csv");
        vm.saveReport(csv).join();
        assertThat(Files.readAllLines(csv))
                .hasSize(3)
                .first()
                .asString()
                .startsWith("query,provider,status,error,latency_ms,dataset_id");
        assertThat(vm.messageProperty().get()).isEqualTo("Report saved to " + csv + ".");
    }
}

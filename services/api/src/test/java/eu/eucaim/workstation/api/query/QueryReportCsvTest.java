package eu.eucaim.workstation.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryReportCsvTest {
    @TempDir
    Path temp;

    static QueryReport report() {
        FederatedSearchResponse.Collection lung = new FederatedSearchResponse.Collection(
                "ds-1",
                "Lung cancer CT, \"Leuven\" 2019",
                "",
                20,
                12,
                new FederatedSearchResponse.AgeRange(41, 78),
                List.of("female", "male"),
                List.of("CT"),
                List.of("lung"));
        ProviderResult answered = new ProviderResult(
                "http://a/api/federated-search",
                "http://a/api/federated-search?bodyPart=lung",
                ProviderStatus.ANSWERED,
                null,
                12,
                new FederatedSearchResponse(List.of(lung), new FederatedSearchResponse.Total(20, 12)));
        ProviderResult failed = new ProviderResult(
                "http://b/api/federated-search",
                "http://b/api/federated-search?bodyPart=lung",
                ProviderStatus.FAILED,
                "http://b answered HTTP 500",
                30,
                null);
        return QueryReport.of(
                "1.0",
                Instant.parse("2026-12-05T10:00:00Z"),
                42,
                new CohortQuery(null, null, null, List.of("lung"), null, null, null, null, null),
                List.of(answered, failed));
    }

    @Test
    void everyDatasetFoundIsARowAndAFailedProviderToo() {
        assertThat(QueryReportCsv.toCsv(report()))
                .isEqualTo(
                        "query,provider,status,error,latency_ms,dataset_id,dataset,subjects,studies,age_min,"
                                + "age_max,sex,modalities,body_parts\n"
                                + "\"Body part: lung\",\"http://a/api/federated-search\",ANSWERED,,12,ds-1,"
                                + "\"Lung cancer CT, \"\"Leuven\"\" 2019\",12,20,41,78,female;male,CT,lung\n"
                                + "\"Body part: lung\",\"http://b/api/federated-search\",FAILED,\"http://b answered HTTP 500\",30,,,,,,,,,\n");
    }

    @Test
    void theFileIsWrittenWhole() throws Exception {
        Path file = temp.resolve("report.csv");
        QueryReportCsv.write(file, report());
        assertThat(Files.readString(file)).isEqualTo(QueryReportCsv.toCsv(report()));
    }
}

package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.QueryReportFile;
import eu.eucaim.workstation.app.settings.ProviderUrls;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.client.query.FederatedQuery;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eucaim query}: the Federated Query from the command line. Asks every provider at once and prints the query
 * report (docs/query-report.md) with {@code --json}, else one line per provider. Exit 0 when at least one provider
 * answered, 1 otherwise; failed providers are listed on stderr either way.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Federated cohort search: ask every provider how many subjects and studies match.",
            "Repeat a filter option for several values (OR within a category); categories are AND-ed.",
            "Without --provider, asks the providers listed in the desktop app's Settings."
        })
final class QueryCommand implements Callable<Integer> {
    private static final Pattern RANGE = Pattern.compile("(\\d*)-(\\d*)");

    @Spec
    private CommandSpec spec;

    @Mixin
    private TokenOptions token;

    @Option(
            names = "--provider",
            paramLabel = "URL",
            description = "A provider's federated-search URL; a bare node URL (http://127.0.0.1:N) means its "
                    + "/api/federated-search. Repeatable.")
    private List<URI> providers = new ArrayList<>();

    @Option(names = "--gender", paramLabel = "G", description = "male, female, other or unknown. Repeatable.")
    private List<String> gender = new ArrayList<>();

    @Option(
            names = "--diagnosis",
            paramLabel = "D",
            description = "A SNOMED CT code (SNOMEDCT399068003) or its label's first word (prostate). Repeatable.")
    private List<String> diagnosis = new ArrayList<>();

    @Option(
            names = "--modality",
            paramLabel = "M",
            description = "MR, CT, PET, SPECT (also MG, US, CR, DX). Repeatable.")
    private List<String> modality = new ArrayList<>();

    @Option(names = "--body-part", paramLabel = "B", description = "breast, colon, lung, pelvis, prostate. Repeatable.")
    private List<String> bodyPart = new ArrayList<>();

    @Option(names = "--manufacturer", paramLabel = "F", description = "e.g. Siemens, \"General Electric\". Repeatable.")
    private List<String> manufacturer = new ArrayList<>();

    @Option(names = "--age", paramLabel = "MIN-MAX", description = "Age at diagnosis, inclusive: 50-70, 50-, -70.")
    private String age;

    @Option(names = "--year", paramLabel = "MIN-MAX", description = "Year of diagnosis, inclusive: 2015-2020.")
    private String year;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "How long to wait for each provider (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds = (int) FederatedQuery.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--json", description = "Print the query report as JSON (docs/query-report.md).")
    private boolean json;

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw new CommandFailedException(
                    "--timeout must be a positive number of seconds, got " + timeoutSeconds, null);
        }
        int[] ages = range("--age", age, CohortVocabulary.MIN_AGE, CohortVocabulary.MAX_AGE);
        int[] years = range("--year", year, CohortVocabulary.MIN_YEAR, CohortVocabulary.MAX_YEAR);
        CohortQuery query = new CohortQuery(
                lower("--gender", gender, CohortVocabulary.GENDERS),
                diagnosis.stream().map(QueryCommand::diagnosisCode).toList(),
                upper("--modality", modality, CohortVocabulary.MODALITIES),
                lower("--body-part", bodyPart, CohortVocabulary.BODY_PARTS),
                manufacturer,
                bound(ages, 0),
                bound(ages, 1),
                bound(years, 0),
                bound(years, 1));
        List<URI> asked = providers.isEmpty() ? savedProviders() : providers;
        QueryReport report = new FederatedQuery(
                        token.source(), Duration.ofSeconds(timeoutSeconds), VersionProvider.projectVersion())
                .startAt(asked, query, r -> {})
                .report()
                .join();

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(QueryReportFile.toJson(report));
        } else {
            out.println(report.query().description());
            for (ProviderResult p : report.providers()) {
                if (p.answered()) {
                    out.printf(
                            Locale.ROOT,
                            "%s: %d subjects, %d studies in %d collections (%d ms)%n",
                            p.provider(),
                            p.result().total().subjectsCount(),
                            p.result().total().studiesCount(),
                            p.result().collections().size(),
                            p.latencyMs());
                }
            }
            out.printf(
                    Locale.ROOT,
                    "Total: %d subjects, %d studies from %d of %d providers%n",
                    report.total().subjectsCount(),
                    report.total().studiesCount(),
                    report.answeredCount(),
                    report.providers().size());
        }
        out.flush();
        for (ProviderResult p : report.providers()) {
            if (!p.answered()) {
                err.println("query: " + p.provider() + " "
                        + p.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + p.error());
            }
        }
        err.flush();
        return report.answeredCount() > 0 ? 0 : 1;
    }

    /** The provider URLs of the desktop app's Settings; the embedded nodes only run inside the app. */
    private static List<URI> savedProviders() {
        List<String> saved = SettingsStore.in(UserDirectories.detect())
                .load()
                .value()
                .normalised()
                .queryProviders();
        if (saved.isEmpty()) {
            throw new CommandFailedException(
                    "no provider to ask: pass --provider URL (e.g. the URL 'eucaim node' "
                            + "prints), or list providers in the desktop app's Settings",
                    null);
        }
        return ProviderUrls.parse(saved);
    }

    private static List<String> lower(String option, List<String> values, List<String> allowed) {
        return check(
                option,
                values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList(),
                allowed);
    }

    private static List<String> upper(String option, List<String> values, List<String> allowed) {
        return check(
                option,
                values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).toList(),
                allowed);
    }

    private static List<String> check(String option, List<String> values, List<String> allowed) {
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new CommandFailedException(
                        option + " " + v + ": expected one of " + String.join(", ", allowed), null);
            }
        }
        return values;
    }

    private static String diagnosisCode(String given) {
        String v = given.strip();
        if (CohortVocabulary.DIAGNOSIS_CODE.matcher(v.toUpperCase(Locale.ROOT)).matches()) {
            return v.toUpperCase(Locale.ROOT);
        }
        for (Map.Entry<String, String> e : CohortVocabulary.DIAGNOSES.entrySet()) {
            String label = e.getValue().toLowerCase(Locale.ROOT);
            if (label.equals(v.toLowerCase(Locale.ROOT))
                    || label.startsWith(v.toLowerCase(Locale.ROOT) + " ")
                    || label.startsWith(v.toLowerCase(Locale.ROOT) + "/")) {
                return e.getKey();
            }
        }
        throw new CommandFailedException(
                "--diagnosis " + v + ": expected a SNOMED CT code such as SNOMEDCT399068003 " + "or one of "
                        + String.join(", ", CohortVocabulary.DIAGNOSES.values()),
                null);
    }

    /** {@code MIN-MAX}, either side may be empty; null when not given. */
    private static int[] range(String option, String text, int min, int max) {
        if (text == null) {
            return null;
        }
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            throw new CommandFailedException(
                    option + " " + text + ": expected MIN-MAX, MIN- or -MAX, e.g. 50-70", null);
        }
        int lo = m.group(1).isEmpty() ? -1 : parse(option, text, m.group(1), min, max);
        int hi = m.group(2).isEmpty() ? -1 : parse(option, text, m.group(2), min, max);
        if (lo >= 0 && hi >= 0 && lo > hi) {
            throw new CommandFailedException(option + " " + text + ": the minimum is above the maximum", null);
        }
        return new int[] {lo, hi};
    }

    private static int parse(String option, String text, String digits, int min, int max) {
        try {
            int n = Integer.parseInt(digits);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandFailedException(option + " " + text + ": values must be from " + min + " to " + max, null);
    }

    private static Integer bound(int[] range, int i) {
        return range == null || range[i] < 0 ? null : range[i];
    }
}

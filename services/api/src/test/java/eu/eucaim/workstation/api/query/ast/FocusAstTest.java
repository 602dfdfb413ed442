package eu.eucaim.workstation.api.query.ast;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.query.ast.AstCondition.ConditionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FocusAstTest {
    /** The query of focus's JUST_RIGHT vector (src/eucaim_api.rs), which focus turns into these GET parameters. */
    static final CohortQuery JUST_RIGHT = new CohortQuery(
            List.of("male"),
            List.of("SNOMEDCT399068003"),
            List.of("MR"),
            List.of("breast"),
            List.of("Philips"),
            null,
            null,
            null,
            null);

    @Test
    void buildsWhatTheExplorerSends() {
        // The EUCAIM explorer's AST for these ticks, as focus's test holds it: same nesting, keys, codes and systems.
        assertThat(FocusAst.of(JUST_RIGHT))
                .isEqualTo(AstJson.read(AstJsonTest.fixture("focus-eucaim-api-just-right.json"))
                        .ast());
        CohortQuery tooMuch = new CohortQuery(
                List.of("male", "female"),
                List.of("SNOMEDCT399068003", "SNOMEDCT254837009"),
                List.of("MR", "PET"),
                List.of("breast", "prostate"),
                List.of("Philips", "Toshiba"),
                null,
                null,
                null,
                null);
        assertThat(FocusAst.of(tooMuch))
                .isEqualTo(AstJson.read(AstJsonTest.fixture("focus-eucaim-api-too-much.json"))
                        .ast());
    }

    @Test
    void theEmptyQueryIsLensEmptyQuery() {
        assertThat(FocusAst.of(CohortQuery.any()))
                .isEqualTo(AstJson.read(AstJsonTest.fixture("focus-eucaim-api-empty.json"))
                        .ast());
        assertThat(FocusAst.json(CohortQuery.any(), "q-1"))
                .isEqualTo(
                        "{\n  \"ast\": {\n    \"operand\": \"OR\",\n    \"children\": []\n  },\n  \"id\": \"q-1\"\n}");
    }

    @Test
    void rangesAreBetweenWithTheVocabularysBoundAtAnOpenEnd() {
        CohortQuery q = new CohortQuery(null, null, null, null, null, 50, null, null, 2010);
        AstOperation and = (AstOperation) FocusAst.of(q).children().get(0);
        assertThat(and.children())
                .containsExactly(
                        AstOperation.or(List.of(new AstCondition(
                                "SNOMEDCT423493009",
                                ConditionType.BETWEEN,
                                AstValue.NumRange.of(50, CohortVocabulary.MAX_AGE),
                                ""))),
                        AstOperation.or(List.of(new AstCondition(
                                "SNOMEDCT432213005",
                                ConditionType.BETWEEN,
                                AstValue.NumRange.of(CohortVocabulary.MIN_YEAR, 2010),
                                ""))));
        // Read back, a bound at the vocabulary's limit is no bound.
        assertThat(FocusAst.cohortQuery(FocusAst.of(q))).contains(q);
    }

    @Test
    void valuesWithoutACatalogueCodeGoAsTheyAre() {
        CohortQuery q =
                new CohortQuery(null, null, List.of("MG"), null, List.of("Hologic", "Siemens"), null, null, null, null);
        String json = FocusAst.json(q, "x");
        assertThat(json).contains("\"value\": \"MG\"", "\"value\": \"Hologic\"", "\"value\": \"C200140\"");
        assertThat(FocusAst.cohortQuery(AstJson.read(json).ast())).contains(q);
    }

    @Test
    void readsBackWhatItWrites() {
        Random r = new Random(17);
        for (int i = 0; i < 300; i++) {
            CohortQuery q = randomQuery(r);
            AstRequest sent = AstJson.read(FocusAst.json(q, "id-" + i));
            assertThat(sent.id()).isEqualTo("id-" + i);
            assertThat(FocusAst.cohortQuery(sent.ast())).as("%s", q).contains(q);
        }
    }

    @Test
    void readsTheExplorersCodesAndItsOpenEnds() {
        assertThat(FocusAst.cohortQuery(AstJson.read(AstJsonTest.fixture("focus-eucaim-api-just-right.json"))
                        .ast()))
                .contains(JUST_RIGHT);
        // Siemens has two codes in the catalogue; IN lists several values at once.
        AstOperation siemens = lensShaped(new AstCondition(
                "C25392", ConditionType.IN, new AstValue.Texts(List.of("birnlex_3066", "birnlex_12833")), null));
        assertThat(FocusAst.cohortQuery(siemens).orElseThrow().manufacturer())
                .containsExactly("Siemens", "General Electric");
        // Lens 0.4 (the explorer's) writes "≥ 50" as {min: 50, max: 0}.
        AstOperation atLeast50 = lensShaped(new AstCondition(
                "SNOMEDCT423493009",
                ConditionType.BETWEEN,
                new AstValue.NumRange(BigDecimal.valueOf(50), BigDecimal.ZERO),
                ""));
        CohortQuery fromFifty = FocusAst.cohortQuery(atLeast50).orElseThrow();
        assertThat(fromFifty.ageMin()).isEqualTo(50);
        assertThat(fromFifty.ageMax()).isNull();
    }

    @Test
    void treesNoCohortQueryCanSayAreNotForced() {
        AstCondition male = new AstCondition("SNOMEDCT263495000", ConditionType.EQUALS, new AstValue.Text("male"), "");
        // Two AND groups (Lens's "or" between query rows), an unknown key, an unknown code, a fractional bound.
        assertThat(FocusAst.cohortQuery(AstOperation.or(List.of(
                        AstOperation.and(List.of(AstOperation.or(List.of(male)))),
                        AstOperation.and(List.of(AstOperation.or(List.of(male))))))))
                .isEmpty();
        assertThat(FocusAst.cohortQuery(
                        lensShaped(new AstCondition("weight", ConditionType.EQUALS, new AstValue.Text("x"), ""))))
                .isEmpty();
        assertThat(FocusAst.cohortQuery(lensShaped(new AstCondition(
                        "SNOMEDCT263495000", ConditionType.EQUALS, new AstValue.Text("SNOMEDCT1"), ""))))
                .isEmpty();
        assertThat(FocusAst.cohortQuery(lensShaped(new AstCondition(
                        "SNOMEDCT423493009",
                        ConditionType.BETWEEN,
                        new AstValue.NumRange(new BigDecimal("50.5"), BigDecimal.valueOf(60)),
                        ""))))
                .isEmpty();
    }

    private static AstOperation lensShaped(AstCondition c) {
        return AstOperation.or(List.of(AstOperation.and(List.of(AstOperation.or(List.of(c))))));
    }

    static CohortQuery randomQuery(Random r) {
        Integer ageMin = r.nextInt(3) == 0 ? 1 + r.nextInt(60) : null;
        Integer ageMax = r.nextInt(3) == 0 ? (ageMin == null ? 1 : ageMin) + r.nextInt(60) : null;
        Integer yearMin = r.nextInt(3) == 0 ? 1950 + r.nextInt(60) : null;
        Integer yearMax = r.nextInt(3) == 0 ? (yearMin == null ? 1950 : yearMin) + r.nextInt(60) : null;
        return new CohortQuery(
                pick(r, CohortVocabulary.GENDERS),
                pick(r, List.copyOf(CohortVocabulary.DIAGNOSES.keySet())),
                pick(r, CohortVocabulary.MODALITIES),
                pick(r, CohortVocabulary.BODY_PARTS),
                pick(r, List.of("Siemens", "General Electric", "Philips", "Toshiba", "Hologic", "Agfa")),
                ageMin,
                ageMax,
                yearMin,
                yearMax);
    }

    private static List<String> pick(Random r, List<String> from) {
        List<String> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, r);
        return shuffled.subList(0, r.nextInt(Math.min(4, shuffled.size() + 1)));
    }
}

package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.node.http.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the query parameters of {@code GET /api/catalogue/datasets} into a {@link DatasetQuery}, normalising values to
 * the catalogue's spelling (ES, SNOMEDCT…, MR, breast) and rejecting what cannot be meant with a 400 that names the
 * parameter and what was expected. Unknown parameter names are refused too: a typo must not silently widen a search.
 */
final class DatasetQueryParser {
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CONDITION = Pattern.compile("(?i)SNOMEDCT\\d{6,18}");
    private static final Pattern MODALITY = Pattern.compile("[A-Za-z]{2,6}");
    private static final Pattern BODY_PART = Pattern.compile("[A-Za-z][A-Za-z /-]{1,63}");
    private static final int MAX_TEXT = 500;
    private static final Set<String> KNOWN = knownParams();

    private DatasetQueryParser() {}

    static DatasetQuery parse(Map<String, List<String>> params) {
        ApiException.rejectUnknownParameters(params.keySet(), KNOWN);
        String text = String.join(" ", params.getOrDefault("q", List.of())).strip();
        if (text.length() > MAX_TEXT) {
            throw ApiException.badRequest("Parameter 'q' is too long: at most " + MAX_TEXT + " characters");
        }
        int page = integer(params, "page", 0, 0, Integer.MAX_VALUE, "a page number from 0");
        int size = integer(
                params,
                "size",
                DatasetQuery.DEFAULT_SIZE,
                1,
                DatasetQuery.MAX_SIZE,
                "a page size from 1 to " + DatasetQuery.MAX_SIZE);
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ApiException.badRequest("Parameter 'page' is too large for page size " + size);
        }
        Map<CatalogueFacet, List<String>> filters = new EnumMap<>(CatalogueFacet.class);
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String raw : params.getOrDefault(facet.param(), List.of())) {
                if (!raw.isBlank()) {
                    values.add(normalise(facet, raw.strip()));
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, List.copyOf(values));
            }
        }
        return new DatasetQuery(text, filters, page, size);
    }

    private static String normalise(CatalogueFacet facet, String value) {
        return switch (facet) {
            case COUNTRY ->
                require(facet, value, COUNTRY, "an ISO 3166-1 alpha-2 country code such as ES")
                        .toUpperCase(Locale.ROOT);
            case CONDITION ->
                require(facet, value, CONDITION, "a SNOMED CT code with its prefix, such as SNOMEDCT254837009")
                        .toUpperCase(Locale.ROOT);
            case MODALITY ->
                require(facet, value, MODALITY, "a DICOM modality code such as MR, CT, PT, MG")
                        .toUpperCase(Locale.ROOT);
            case BODY_PART ->
                require(facet, value, BODY_PART, "a body part word such as breast, lung or prostate")
                        .toLowerCase(Locale.ROOT);
            case MANUFACTURER -> {
                if (value.length() > 100) {
                    throw ApiException.badRequest("Parameter 'manufacturer' is too long: at most 100 characters");
                }
                yield value;
            }
            case ACCESS_CONDITION -> {
                try {
                    yield AccessCondition.valueOf(value.toUpperCase(Locale.ROOT))
                            .name();
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("Parameter 'accessCondition' has the unknown value '" + value
                            + "'; expected one of "
                            + Arrays.stream(AccessCondition.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
                }
            }
        };
    }

    private static String require(CatalogueFacet facet, String value, Pattern pattern, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw ApiException.badRequest(
                    "Parameter '" + facet.param() + "' has the value '" + value + "', which is not " + expected);
        }
        return value;
    }

    private static int integer(
            Map<String, List<String>> params, String name, int fallback, int min, int max, String expected) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            throw ApiException.badRequest(
                    "Parameter '" + name + "' is given " + values.size() + " times; expected once");
        }
        String raw = values.get(0).strip();
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ApiException.badRequest("Parameter '" + name + "' has the value '" + raw + "'; expected " + expected);
    }

    private static Set<String> knownParams() {
        List<String> names = new ArrayList<>(List.of("q", "page", "size"));
        for (CatalogueFacet f : CatalogueFacet.values()) {
            names.add(f.param());
        }
        return new TreeSet<>(names);
    }
}

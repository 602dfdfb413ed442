package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.Publisher;
import eu.eucaim.workstation.api.catalogue.TemporalCoverage;
import eu.eucaim.workstation.app.fx.Formats;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How dataset metadata reads in the list and the detail pane: plain sentences, "not stated" for gaps. */
public final class DatasetText {
    public static final String NOT_STATED = "Not stated";
    public static final String OBSERVATIONAL =
            "This entry holds no data. Choosing it starts a request for new data to be collected for an "
                    + "observational study with real-world data (RWD).";

    private DatasetText() {}

    /** "Germany" for "DE"; the code itself when Java does not know it. */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** "Radboud imaging biobank · Netherlands". */
    public static String publisher(Publisher p) {
        if (p == null) {
            return NOT_STATED;
        }
        String country = country(p.country());
        return country.isEmpty() ? p.name() : p.name() + " · " + country;
    }

    /** "1,234 subjects · 2,345 studies". */
    public static String size(Dataset d) {
        return Formats.count(d.subjects(), "subject", "subjects") + " · "
                + Formats.count(d.studies(), "study", "studies");
    }

    public static String list(List<String> values) {
        return values == null || values.isEmpty() ? NOT_STATED : String.join(", ", values);
    }

    public static String conditions(List<Condition> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return NOT_STATED;
        }
        return conditions.stream().map(Condition::label).collect(Collectors.joining(", "));
    }

    /** "40–75 years", "from 18 years", "up to 90 years". */
    public static String ageRange(Integer min, Integer max) {
        if (min == null && max == null) {
            return NOT_STATED;
        }
        if (min == null) {
            return "up to " + max + " years";
        }
        if (max == null) {
            return "from " + min + " years";
        }
        return min + "–" + max + " years";
    }

    public static String temporal(TemporalCoverage t) {
        if (t == null || (t.start() == null && t.end() == null)) {
            return NOT_STATED;
        }
        return (t.start() == null ? "…" : t.start().toString()) + " to "
                + (t.end() == null ? "today" : t.end().toString());
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? NOT_STATED : value;
    }

    /** "PUBLIC" → "Public", "NON_PUBLIC" → "Non public". */
    public static String enumName(Enum<?> value) {
        if (value == null) {
            return NOT_STATED;
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

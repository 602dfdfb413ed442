package eu.eucaim.workstation.node.vocabulary;

import java.util.Locale;

/** English names of ISO 3166-1 alpha-2 country codes, from the JDK's locale data. */
public final class Countries {
    private Countries() {}

    /** "ES" → "Spain"; an unknown code is returned as given. */
    public static String englishName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() ? code : name;
    }
}

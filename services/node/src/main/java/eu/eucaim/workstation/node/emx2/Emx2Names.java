package eu.eucaim.workstation.node.emx2;

import java.util.Locale;

/**
 * EMX2's identifiers (molgenis-emx2 {@code TypeUtils.convertToPascalCase} / {@code convertToCamelCase}): words split at
 * white space, each word's first letter upper-cased (table) or the first word's lower-cased (column), the rest of
 * every word kept as it is. Underscores stay: table "imaging_modality" is {@code Imaging_modality}, column
 * "in_series" stays {@code in_series}.
 */
public final class Emx2Names {
    private Emx2Names() {}

    public static String tableId(String name) {
        StringBuilder id = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            id.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return id.toString();
    }

    public static String columnId(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String first = words[i].substring(0, 1);
            id.append(i == 0 ? first.toLowerCase(Locale.ROOT) : first.toUpperCase(Locale.ROOT))
                    .append(words[i].substring(1));
        }
        return id.toString();
    }
}

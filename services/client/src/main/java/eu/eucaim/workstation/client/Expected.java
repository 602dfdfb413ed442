package eu.eucaim.workstation.client;

import com.fasterxml.jackson.databind.JavaType;
import eu.eucaim.workstation.api.Json;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a call expects in a 2xx body: the Java type, a name for error messages, and a check that the parsed value
 * has the fields a caller relies on. The check exists because Jackson fills a record from {@code {}} with nulls
 * and zeros; a reply that parses but lacks its essential fields is still the wrong shape.
 */
public record Expected<T>(String name, JavaType type, Predicate<T> complete) {

    public Expected {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(complete, "complete");
    }

    public static <T> Expected<T> of(Class<T> type, Predicate<T> complete) {
        return new Expected<>(type.getSimpleName(), Json.mapper().constructType(type), complete);
    }

    /** A JSON array of {@code element}s, each of which must pass {@code complete}. */
    public static <E> Expected<List<E>> listOf(Class<E> element, Predicate<E> complete) {
        JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, element);
        return new Expected<>(
                "list of " + element.getSimpleName(),
                type,
                list -> list.stream().allMatch(e -> e != null && complete.test(e)));
    }
}

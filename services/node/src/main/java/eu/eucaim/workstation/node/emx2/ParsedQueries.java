package eu.eucaim.workstation.node.emx2;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated query texts, kept for the most recent 256: a catalogue client sends the same few queries
 * with other variables, and parsing plus validation against this large schema costs as much as running them.
 */
final class ParsedQueries implements PreparsedDocumentProvider {
    private static final int SIZE = 256;
    private final Map<String, PreparsedDocumentEntry> recent = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > SIZE;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (recent) {
            entry = recent.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            synchronized (recent) {
                recent.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}

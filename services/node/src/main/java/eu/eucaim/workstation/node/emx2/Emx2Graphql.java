package eu.eucaim.workstation.node.emx2;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The node's EMX2 GraphQL API for one schema: the graphql-java schema built once from the {@link Emx2Model}, run
 * over whichever {@link Emx2Data} snapshot the caller passes. Read-only: the schema has no mutations (EMX2's insert,
 * update, save, delete and sign-in are not served).
 */
public final class Emx2Graphql {
    private final GraphQL graphql;
    private final Fragments fragments;

    public Emx2Graphql(Emx2Model model) {
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
        TableTypes types = new TableTypes(model, new Emx2Fetchers(), code);
        GraphQLObjectType.Builder query = GraphQLObjectType.newObject().name("Query");
        SchemaFields.fields(model).forEach(query::field);
        for (Emx2Table t : model.tables()) {
            types.queryFields(t).forEach(query::field);
        }
        GraphQLSchema schema = GraphQLSchema.newSchema()
                .query(query.build())
                .codeRegistry(code.build())
                .additionalTypes(types.all())
                .build();
        this.fragments = new Fragments(model);
        this.graphql = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ExceptionHandler())
                .preparsedDocumentProvider(new ParsedQueries())
                .build();
    }

    /**
     * Runs {@code query}; the JSON-ready {@code {"data": …}} on success. Throws {@link Emx2QueryException} with the
     * first error's message when there is any, as EMX2 turns a failed execution into one error reply.
     *
     * @param readOnly true for GET, where EMX2 refuses anything but a query operation
     */
    public Map<String, Object> execute(String query, Map<String, Object> variables, Emx2Data data, boolean readOnly) {
        if (query == null || query.isBlank()) {
            throw new Emx2QueryException("Graphql API error: no query given");
        }
        if (readOnly) {
            rejectMutations(query);
        }
        ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput(fragments.expand(query))
                .variables(variables == null ? Map.of() : variables)
                .graphQLContext(Map.of(
                        Emx2Fetchers.DATA, data, Emx2Fetchers.MATCHES, new java.util.concurrent.ConcurrentHashMap<>()))
                .build());
        if (!result.getErrors().isEmpty()) {
            throw new Emx2QueryException(result.getErrors().get(0).getMessage());
        }
        return result.toSpecification();
    }

    private static void rejectMutations(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return; // execute() reports the syntax error in its usual words
        }
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (op.getOperation() != OperationDefinition.Operation.QUERY) {
                throw new Emx2QueryException(
                        "Only query operations are allowed via HTTP GET. Use a POST request to execute mutations.");
            }
        }
    }

    /** EMX2 reports its own exceptions by their message, anything else as graphql-java's "Exception while fetching". */
    private static final class ExceptionHandler implements DataFetcherExceptionHandler {
        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters p) {
            Throwable e = p.getException();
            graphql.GraphQLError error = e instanceof Emx2QueryException
                    ? GraphqlErrorBuilder.newError()
                            .message(e.getMessage())
                            .location(p.getSourceLocation())
                            .path(p.getPath())
                            .build()
                    : new ExceptionWhileDataFetching(p.getPath(), e, p.getSourceLocation());
            return CompletableFuture.completedFuture(
                    DataFetcherExceptionHandlerResult.newResult().error(error).build());
        }
    }
}

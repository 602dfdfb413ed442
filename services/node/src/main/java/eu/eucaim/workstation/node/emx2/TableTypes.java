package eu.eucaim.workstation.node.emx2;

import graphql.Scalars;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeReference;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GraphQL types EMX2 derives from a table, named as molgenis-emx2 {@code GraphqlTableFieldFactory} names them:
 * {@code Collections} (rows), {@code CollectionsAggregate} ({@code _agg}), {@code CollectionsGroupBy}
 * ({@code _groupBy}), {@code CollectionsFilter}, {@code Collectionsorderby}, {@code CollectionsPkeyInput}, and per
 * column type {@code MolgenisStringFilter}, {@code MolgenisString_arrayFilter}, …. Types refer to one another by
 * name ({@link GraphQLTypeReference}), which graphql-java resolves when the schema is built.
 */
final class TableTypes {
    static final GraphQLEnumType ORDER_BY = GraphQLEnumType.newEnum()
            .name("MolgenisOrderByEnum")
            .value("ASC", "ASC")
            .value("DESC", "DESC")
            .build();

    private final Emx2Model model;
    private final Emx2Fetchers fetchers;
    private final GraphQLCodeRegistry.Builder code;
    private final Map<String, GraphQLObjectType> outputs = new LinkedHashMap<>();
    private final Map<String, GraphQLInputObjectType> inputs = new LinkedHashMap<>();
    private final Map<ColumnType, GraphQLInputObjectType> columnFilters = new EnumMap<>(ColumnType.class);
    private final Set<String> built = new HashSet<>();

    TableTypes(Emx2Model model, Emx2Fetchers fetchers, GraphQLCodeRegistry.Builder code) {
        this.model = model;
        this.fetchers = fetchers;
        this.code = code;
    }

    /** The three query fields of a table: {@code T}, {@code T_agg}, {@code T_groupBy}. */
    List<GraphQLFieldDefinition> queryFields(Emx2Table t) {
        build(t);
        GraphQLFieldDefinition rows = GraphQLFieldDefinition.newFieldDefinition()
                .name(t.id())
                .type(GraphQLList.list(GraphQLTypeReference.typeRef(t.id())))
                .description(String.format(
                        "Retrieve from table '%s'. Use {%s{...All%sFields}} to select all fields including foreign"
                                + " key nested queries",
                        t.name(), t.id(), t.id()))
                .argument(arg("filter", filterRef(t)))
                .argument(arg("search", Scalars.GraphQLString))
                .argument(arg("limit", Scalars.GraphQLInt))
                .argument(arg("offset", Scalars.GraphQLInt))
                .argument(arg("orderby", GraphQLList.list(GraphQLTypeReference.typeRef(t.id() + "orderby"))))
                .build();
        GraphQLFieldDefinition agg = GraphQLFieldDefinition.newFieldDefinition()
                .name(t.id() + "_agg")
                .type(GraphQLTypeReference.typeRef(t.id() + "Aggregate"))
                .argument(arg("filter", filterRef(t)))
                .argument(arg("search", Scalars.GraphQLString))
                .build();
        GraphQLFieldDefinition groupBy = GraphQLFieldDefinition.newFieldDefinition()
                .name(t.id() + "_groupBy")
                .type(GraphQLList.list(GraphQLTypeReference.typeRef(t.id() + "GroupBy")))
                .argument(arg("filter", filterRef(t)))
                .argument(arg("search", Scalars.GraphQLString))
                .build();
        code.dataFetcher(FieldCoordinates.coordinates("Query", rows.getName()), fetchers.rows(t));
        code.dataFetcher(FieldCoordinates.coordinates("Query", agg.getName()), fetchers.aggregate(t));
        code.dataFetcher(FieldCoordinates.coordinates("Query", groupBy.getName()), fetchers.groupBy(t));
        return List.of(rows, agg, groupBy);
    }

    /** Every object and input type built so far (graphql-java needs them added to the schema as extra types). */
    Set<graphql.schema.GraphQLNamedType> all() {
        Set<graphql.schema.GraphQLNamedType> all = new HashSet<>(outputs.values());
        all.addAll(inputs.values());
        all.addAll(columnFilters.values());
        return all;
    }

    private void build(Emx2Table t) {
        if (!built.add(t.name())) {
            return;
        }
        outputs.put(t.id(), objectType(t));
        outputs.put(t.id() + "Aggregate", aggregateType(t));
        outputs.put(t.id() + "GroupBy", groupByType(t));
        inputs.put(t.id() + "Filter", filterType(t));
        inputs.put(t.id() + "orderby", orderByType(t));
        inputs.put(t.id() + "PkeyInput", keyInput(t));
        for (Emx2Column c : t.columns()) {
            if (c.type().isReference()) {
                build(model.table(c.refTable()));
            }
        }
    }

    private GraphQLObjectType objectType(Emx2Table t) {
        GraphQLObjectType.Builder b = GraphQLObjectType.newObject().name(t.id());
        for (Emx2Column c : t.columns()) {
            field(t, c, b, t.id());
        }
        return b.build();
    }

    /** A column as a field of {@code typeName}: a scalar, or the referenced rows with their companions. */
    private void field(Emx2Table t, Emx2Column c, GraphQLObjectType.Builder b, String typeName) {
        if (!c.type().isReference()) {
            GraphQLOutputType scalar = scalar(c);
            b.field(GraphQLFieldDefinition.newFieldDefinition()
                    .name(c.id())
                    .type(c.type().isArray() ? GraphQLList.list(scalar) : scalar));
            return;
        }
        Emx2Table ref = model.table(c.refTable());
        if (!c.type().isArray()) {
            b.field(GraphQLFieldDefinition.newFieldDefinition()
                    .name(c.id())
                    .type(GraphQLTypeReference.typeRef(ref.id()))
                    .argument(arg("filter", filterRef(ref))));
            code.dataFetcher(FieldCoordinates.coordinates(typeName, c.id()), fetchers.ref(ref, c));
            return;
        }
        b.field(GraphQLFieldDefinition.newFieldDefinition()
                .name(c.id())
                .type(GraphQLList.list(GraphQLTypeReference.typeRef(ref.id())))
                .argument(arg("filter", filterRef(ref)))
                .argument(arg("limit", Scalars.GraphQLInt))
                .argument(arg("offset", Scalars.GraphQLInt))
                .argument(arg("orderby", GraphQLList.list(GraphQLTypeReference.typeRef(ref.id() + "orderby")))));
        code.dataFetcher(FieldCoordinates.coordinates(typeName, c.id()), fetchers.refs(ref, c));
        if (typeName.equals(t.id())) {
            b.field(GraphQLFieldDefinition.newFieldDefinition()
                    .name(c.id() + "_agg")
                    .type(GraphQLTypeReference.typeRef(ref.id() + "Aggregate"))
                    .argument(arg("filter", filterRef(ref))));
            b.field(GraphQLFieldDefinition.newFieldDefinition()
                    .name(c.id() + "_groupBy")
                    .type(GraphQLList.list(GraphQLTypeReference.typeRef(ref.id() + "GroupBy")))
                    .argument(arg("filter", filterRef(ref))));
            code.dataFetcher(FieldCoordinates.coordinates(typeName, c.id() + "_agg"), fetchers.nestedAggregate(ref, c));
            code.dataFetcher(
                    FieldCoordinates.coordinates(typeName, c.id() + "_groupBy"), fetchers.nestedGroupBy(ref, c));
        }
    }

    private GraphQLObjectType aggregateType(Emx2Table t) {
        String name = t.id() + "Aggregate";
        GraphQLObjectType.Builder b = GraphQLObjectType.newObject()
                .name(name)
                .field(GraphQLFieldDefinition.newFieldDefinition()
                        .name("exists")
                        .type(Scalars.GraphQLBoolean))
                .field(GraphQLFieldDefinition.newFieldDefinition().name("count").type(Scalars.GraphQLInt));
        List<Emx2Column> numeric = t.numericColumns();
        if (!numeric.isEmpty()) {
            for (String f : List.of("max", "min", "avg", "sum")) {
                GraphQLObjectType.Builder values = GraphQLObjectType.newObject().name(name + "_" + f);
                for (Emx2Column c : numeric) {
                    values.field(GraphQLFieldDefinition.newFieldDefinition()
                            .name(c.id())
                            .type(f.equals("avg") ? Scalars.GraphQLFloat : scalar(c)));
                }
                b.field(GraphQLFieldDefinition.newFieldDefinition().name(f).type(values));
            }
        }
        return b.build();
    }

    private GraphQLObjectType groupByType(Emx2Table t) {
        String name = t.id() + "GroupBy";
        GraphQLObjectType.Builder b = GraphQLObjectType.newObject()
                .name(name)
                .field(GraphQLFieldDefinition.newFieldDefinition().name("count").type(Scalars.GraphQLInt));
        List<Emx2Column> numeric = t.numericColumns();
        if (!numeric.isEmpty()) {
            GraphQLObjectType.Builder sum = GraphQLObjectType.newObject().name(name + "_sum");
            numeric.forEach(c -> sum.field(
                    GraphQLFieldDefinition.newFieldDefinition().name(c.id()).type(scalar(c))));
            b.field(GraphQLFieldDefinition.newFieldDefinition().name("sum").type(sum));
        }
        for (Emx2Column c : t.columns()) {
            if (c.type().isReference()) {
                // A group's reference is one row (arrays are unnested), with no arguments.
                b.field(GraphQLFieldDefinition.newFieldDefinition()
                        .name(c.id())
                        .type(GraphQLTypeReference.typeRef(
                                model.table(c.refTable()).id())));
            } else {
                field(t, c, b, name);
            }
        }
        return b.build();
    }

    private GraphQLInputObjectType filterType(Emx2Table t) {
        String name = t.id() + "Filter";
        GraphQLInputObjectType.Builder b =
                GraphQLInputObjectType.newInputObject().name(name);
        GraphQLInputType keys = GraphQLList.list(GraphQLTypeReference.typeRef(t.id() + "PkeyInput"));
        b.field(input("equals", keys)).field(input("not_equals", keys));
        if (t.isOntology()) {
            for (String f : List.of(
                    "_match_any_including_children",
                    "_match_any_including_parents",
                    "_search_including_parents",
                    "_match_path")) {
                b.field(input(f, GraphQLList.list(Scalars.GraphQLString)));
            }
        }
        b.field(input("_search", Scalars.GraphQLString));
        b.field(input("_or", GraphQLList.list(GraphQLTypeReference.typeRef(name))));
        b.field(input("_and", GraphQLList.list(GraphQLTypeReference.typeRef(name))));
        for (Emx2Column c : t.columns()) {
            if (c.type().isReference()) {
                Emx2Table ref = model.table(c.refTable());
                b.field(input(c.id(), filterRef(ref)));
                // EMX2 adds these to the table's filter for every reference column (one of each survives).
                GraphQLInputType refKey = GraphQLList.list(scalar(ref.primaryKey()));
                b.field(input("_is_null", Scalars.GraphQLBoolean));
                b.field(input("_match_all", refKey));
                b.field(input("_match_any", refKey));
            } else {
                b.field(input(c.id(), columnFilter(c)));
            }
        }
        return b.build();
    }

    private GraphQLInputObjectType columnFilter(Emx2Column c) {
        return columnFilters.computeIfAbsent(c.type(), type -> {
            String lower = type.name().toLowerCase(java.util.Locale.ROOT);
            GraphQLInputObjectType.Builder b = GraphQLInputObjectType.newInputObject()
                    .name("Molgenis" + lower.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + lower.substring(1)
                            + "Filter");
            for (String op : type.operators()) {
                b.field(input(op, op.equals("is_null") ? Scalars.GraphQLBoolean : GraphQLList.list(scalar(c))));
            }
            return b.build();
        });
    }

    private GraphQLInputObjectType orderByType(Emx2Table t) {
        GraphQLInputObjectType.Builder b =
                GraphQLInputObjectType.newInputObject().name(t.id() + "orderby");
        t.columns().forEach(c -> b.field(input(c.id(), ORDER_BY)));
        return b.build();
    }

    private GraphQLInputObjectType keyInput(Emx2Table t) {
        Emx2Column key = t.primaryKey();
        return GraphQLInputObjectType.newInputObject()
                .name(t.id() + "PkeyInput")
                .field(input(key.id(), scalar(key)))
                .build();
    }

    static GraphQLScalarType scalar(Emx2Column c) {
        return switch (c.type().base()) {
            case BOOL -> Scalars.GraphQLBoolean;
            case INT -> Scalars.GraphQLInt;
            case DECIMAL -> Scalars.GraphQLFloat;
            default -> Scalars.GraphQLString;
        };
    }

    private static GraphQLTypeReference filterRef(Emx2Table t) {
        return GraphQLTypeReference.typeRef(t.id() + "Filter");
    }

    private static GraphQLArgument arg(String name, GraphQLInputType type) {
        return GraphQLArgument.newArgument().name(name).type(type).build();
    }

    private static GraphQLInputObjectField input(String name, GraphQLInputType type) {
        return GraphQLInputObjectField.newInputObjectField()
                .name(name)
                .type(type)
                .build();
    }
}

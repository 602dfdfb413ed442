package eu.eucaim.workstation.node.emx2;

import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema-wide query fields: {@code _schema} (the model, as molgenis-emx2 {@code GraphqlSchemaFieldFactory}
 * serves it: {@code MolgenisSchema}, {@code MolgenisTableType}, {@code MolgenisColumnType}), {@code _session} (the
 * anonymous visitor) and {@code _settings}. Values EMX2's JSON writer leaves out (nulls, 0, false, empty lists) are
 * null here too, e.g. {@code key} of a non-key column.
 */
final class SchemaFields {
    private static final GraphQLObjectType SETTING =
            object("MolgenisSettingsType", Map.of("key", Scalars.GraphQLString, "value", Scalars.GraphQLString));
    private static final GraphQLObjectType LANGUAGE_VALUE = object(
            "MolgenisLanguageValueType", Map.of("locale", Scalars.GraphQLString, "value", Scalars.GraphQLString));

    private SchemaFields() {}

    static List<GraphQLFieldDefinition> fields(Emx2Model model) {
        Map<String, Object> schema = schema(model);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("email", "anonymous");
        session.put("admin", false);
        session.put("roles", List.of("Viewer"));
        session.put("schemas", List.of(model.schemaName()));
        session.put("settings", List.of());
        List<Object> permissions = new ArrayList<>();
        for (Emx2Table t : model.tables()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", t.id());
            p.put("name", t.name());
            p.put("canView", true);
            p.put("canInsert", false);
            p.put("canUpdate", false);
            p.put("canDelete", false);
            p.put("isRowLevel", false);
            permissions.add(p);
        }
        session.put("tablePermissions", permissions);
        return List.of(
                GraphQLFieldDefinition.newFieldDefinition()
                        .name("_schema")
                        .type(schemaType())
                        .dataFetcher(env -> schema)
                        .build(),
                GraphQLFieldDefinition.newFieldDefinition()
                        .name("_session")
                        .type(GraphQLObjectType.newObject()
                                .name("MolgenisSession")
                                .field(field("email", Scalars.GraphQLString))
                                .field(field("admin", Scalars.GraphQLBoolean))
                                .field(field("roles", GraphQLList.list(Scalars.GraphQLString)))
                                .field(field("tablePermissions", GraphQLList.list(tablePermissionType())))
                                .field(field("schemas", GraphQLList.list(Scalars.GraphQLString)))
                                .field(field("settings", GraphQLList.list(SETTING)))
                                .field(field("token", Scalars.GraphQLString)))
                        .dataFetcher(env -> session)
                        .build(),
                GraphQLFieldDefinition.newFieldDefinition()
                        .name("_settings")
                        .type(GraphQLList.list(SETTING))
                        .dataFetcher(env -> List.of())
                        .build());
    }

    private static GraphQLObjectType schemaType() {
        GraphQLObjectType.Builder column = GraphQLObjectType.newObject().name("MolgenisColumnType");
        for (String f : List.of("table", "name", "label", "section", "heading", "description")) {
            column.field(field(f, Scalars.GraphQLString));
        }
        column.field(field("labels", GraphQLList.list(LANGUAGE_VALUE)))
                .field(field("id", Scalars.GraphQLString))
                .field(field("descriptions", GraphQLList.list(LANGUAGE_VALUE)))
                .field(field("formLabel", Scalars.GraphQLString))
                .field(field("position", Scalars.GraphQLInt))
                .field(field("columnType", Scalars.GraphQLString))
                .field(field("inherited", Scalars.GraphQLBoolean))
                .field(field("key", Scalars.GraphQLInt));
        for (String f : List.of(
                "required",
                "defaultValue",
                "refSchemaId",
                "refSchemaName",
                "refTableName",
                "refTableId",
                "refLinkName",
                "refLinkId",
                "refBackName",
                "refBackId",
                "refLabel",
                "refLabelDefault",
                "validation",
                "visible")) {
            column.field(field(f, Scalars.GraphQLString));
        }
        column.field(field("readonly", Scalars.GraphQLBoolean))
                .field(field("computed", Scalars.GraphQLString))
                .field(field("semantics", GraphQLList.list(Scalars.GraphQLString)));
        GraphQLObjectType.Builder table = GraphQLObjectType.newObject().name("MolgenisTableType");
        for (String f : List.of("name", "label", "description")) {
            table.field(field(f, Scalars.GraphQLString));
        }
        table.field(field("labels", GraphQLList.list(LANGUAGE_VALUE)));
        for (String f : List.of("id", "schemaId", "inheritName", "inheritSchemaName", "inheritId")) {
            table.field(field(f, Scalars.GraphQLString));
        }
        table.field(field("descriptions", GraphQLList.list(LANGUAGE_VALUE)))
                .field(field("columns", GraphQLList.list(column.build())))
                .field(field("settings", GraphQLList.list(SETTING)))
                .field(field("semantics", GraphQLList.list(Scalars.GraphQLString)))
                .field(field("tableType", Scalars.GraphQLString));
        return GraphQLObjectType.newObject()
                .name("MolgenisSchema")
                .field(field("id", Scalars.GraphQLString))
                .field(field("name", Scalars.GraphQLString))
                .field(field("label", Scalars.GraphQLString))
                .field(field("tables", GraphQLList.list(table.build())))
                .field(field("settings", GraphQLList.list(SETTING)))
                .field(field("roles", GraphQLList.list(rolesType())))
                .build();
    }

    /** The anonymous visitor reads every table and changes none. */
    private static GraphQLObjectType tablePermissionType() {
        GraphQLObjectType.Builder b = GraphQLObjectType.newObject()
                .name("MolgenisTablePermission")
                .field(field("id", Scalars.GraphQLString))
                .field(field("name", Scalars.GraphQLString));
        for (String f : List.of("canView", "canInsert", "canUpdate", "canDelete", "isRowLevel")) {
            b.field(field(f, Scalars.GraphQLBoolean));
        }
        return b.build();
    }

    /** The schema's roles, which the node does not have: always an empty list. */
    private static GraphQLObjectType rolesType() {
        GraphQLObjectType.Builder permission = GraphQLObjectType.newObject()
                .name("MolgenisPermissionType")
                .field(field("table", Scalars.GraphQLString));
        for (String f : List.of("select", "insert", "update", "delete", "isRowLevel")) {
            permission.field(field(f, Scalars.GraphQLBoolean));
        }
        return GraphQLObjectType.newObject()
                .name("MolgenisRolesType")
                .field(field("name", Scalars.GraphQLString))
                .field(field("system", Scalars.GraphQLBoolean))
                .field(field("permissions", GraphQLList.list(permission.build())))
                .build();
    }

    private static Map<String, Object> schema(Emx2Model model) {
        List<Object> tables = new ArrayList<>();
        for (Emx2Table t : model.tables()) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("name", t.name());
            table.put("label", t.label());
            table.put("description", t.description());
            table.put("labels", t.label() == null ? null : List.of(Map.of("locale", "en", "value", t.label())));
            table.put("id", t.id());
            table.put("schemaId", model.schemaName());
            table.put(
                    "descriptions",
                    t.description() == null ? null : List.of(Map.of("locale", "en", "value", t.description())));
            List<Object> columns = new ArrayList<>();
            t.columns().forEach(c -> columns.add(column(model, c)));
            table.put("columns", columns);
            table.put("semantics", t.semantics().isEmpty() ? null : t.semantics());
            table.put("tableType", t.tableType());
            tables.add(table);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("id", model.schemaName());
        schema.put("name", model.schemaName());
        schema.put("label", model.schemaName());
        schema.put("tables", tables);
        schema.put("roles", List.of());
        return schema;
    }

    private static Map<String, Object> column(Emx2Model model, Emx2Column c) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("table", c.table());
        column.put("name", c.name());
        column.put("label", c.label());
        column.put("description", c.description());
        column.put("labels", List.of(Map.of("locale", "en", "value", c.label())));
        column.put("id", c.id());
        column.put(
                "descriptions",
                c.description() == null ? null : List.of(Map.of("locale", "en", "value", c.description())));
        column.put("position", c.position() == 0 ? null : c.position());
        column.put("columnType", c.type().name());
        column.put("key", c.key() == 0 ? null : c.key());
        column.put("required", c.required());
        if (c.type().isReference()) {
            Emx2Table ref = model.table(c.refTable());
            column.put("refSchemaId", model.schemaName());
            column.put("refSchemaName", model.schemaName());
            column.put("refTableName", ref.name());
            column.put("refTableId", ref.id());
            column.put("refLabel", c.refLabel());
            column.put("refLabelDefault", "${" + ref.primaryKey().id() + "}");
            if (c.refBack() != null) {
                column.put("refBackName", c.refBack());
                column.put("refBackId", Emx2Names.columnId(c.refBack()));
            }
        }
        column.put("semantics", c.semantics().isEmpty() ? null : c.semantics());
        return column;
    }

    private static GraphQLObjectType object(String name, Map<String, GraphQLOutputType> fields) {
        GraphQLObjectType.Builder b = GraphQLObjectType.newObject().name(name);
        new java.util.TreeMap<>(fields).forEach((n, t) -> b.field(field(n, t)));
        return b.build();
    }

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).build();
    }
}

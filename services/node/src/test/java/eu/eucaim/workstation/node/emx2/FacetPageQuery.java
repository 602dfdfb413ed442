package eu.eucaim.workstation.node.emx2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue page with facets asked the EMX2 way, in one GraphQL request: the page, its {@code _agg} count and, per
 * facet, a {@code _groupBy} whose filter leaves out that facet's own selection (so each facet counts disjunctively,
 * as {@code /api/catalogue/datasets} does), plus the access rights of the matches (a sixth group) and their access
 * conditions through the distributions' rights statements (a seventh). The page asks every field the app shows, as the
 * app's client does (contact, period, distributions with their rights).
 */
public final class FacetPageQuery {
    /** REST facet parameter → EMX2 column of collections. */
    public static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("country", "spatial");
        COLUMNS.put("condition", "hasCondition");
        COLUMNS.put("modality", "hasImageModality");
        COLUMNS.put("bodyPart", "hasImageBodyPart");
        COLUMNS.put("manufacturer", "hasEquipmentManufacturer");
    }

    public static final String PAGE = """
            query Page($f: CollectionsFilter, $spatial: CollectionsFilter, $hasCondition: CollectionsFilter,
                       $hasImageModality: CollectionsFilter, $hasImageBodyPart: CollectionsFilter,
                       $hasEquipmentManufacturer: CollectionsFilter, $search: String) {
              Collections(limit: 20, offset: 0, orderby: {title: ASC}, filter: $f, search: $search) {
                id title description version keyword type { name label } accessRights { name label }
                publisher { id name } contactPoint { id fn hasEmail } in_series { id title network { id } }
                spatial { name label } numberOfUniqueIndividuals numberOfRecords minTypicalAge maxTypicalAge
                hasBirthSex { name label } hasCondition { name label } hasImageModality { name label }
                hasEquipmentManufacturer { name label } hasImageBodyPart { name label }
                hasAnnotationLabel { name label } nbrOfSegmentations provenance { id label }
                temporal { id startDate endDate } distribution { id license rights { id label } } }
              Collections_agg(filter: $f, search: $search) { count }
              spatial: Collections_groupBy(filter: $spatial, search: $search) { count spatial { name } }
              hasCondition: Collections_groupBy(filter: $hasCondition, search: $search) { count hasCondition { name } }
              hasImageModality: Collections_groupBy(filter: $hasImageModality, search: $search) {
                count hasImageModality { name } }
              hasImageBodyPart: Collections_groupBy(filter: $hasImageBodyPart, search: $search) {
                count hasImageBodyPart { name } }
              hasEquipmentManufacturer: Collections_groupBy(filter: $hasEquipmentManufacturer, search: $search) {
                count hasEquipmentManufacturer { name } }
              accessRights: Collections_groupBy(filter: $f, search: $search) { count accessRights { name } }
              accessCondition: Collections_groupBy(filter: $f, search: $search) {
                count distribution { rights { id } } }
            }""";

    private FacetPageQuery() {}

    /**
     * The variables of {@link #PAGE}.
     *
     * @param selected REST facet parameter → the selected values, already as EMX2 term names
     */
    public static Map<String, Object> variables(Map<String, List<String>> selected, String search) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("f", filter(selected, null));
        COLUMNS.forEach((facet, column) -> variables.put(column, filter(selected, facet)));
        variables.put("search", search);
        return variables;
    }

    /** The EMX2 filter of every selected facet but {@code without}: {_and: [{column: {name: {equals: [...]}}}]}. */
    private static Map<String, Object> filter(Map<String, List<String>> selected, String without) {
        List<Object> and = new ArrayList<>();
        selected.forEach((facet, names) -> {
            if (!facet.equals(without)) {
                and.add(Map.of(COLUMNS.get(facet), Map.of("name", Map.of("equals", names))));
            }
        });
        return and.isEmpty() ? null : Map.of("_and", and);
    }
}

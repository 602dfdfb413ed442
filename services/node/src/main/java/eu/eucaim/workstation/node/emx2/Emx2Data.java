package eu.eucaim.workstation.node.emx2;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rows of every table of the model (empty tables included), as one consistent snapshot. */
public final class Emx2Data {
    private final Emx2Model model;
    private final Map<String, TableRows> byName = new LinkedHashMap<>();

    Emx2Data(Emx2Model model) {
        this.model = model;
        model.tables().forEach(t -> byName.put(t.name(), new TableRows(t)));
    }

    public Emx2Model model() {
        return model;
    }

    public TableRows table(String name) {
        TableRows rows = byName.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("No table '" + name + "' in the model");
        }
        return rows;
    }
}

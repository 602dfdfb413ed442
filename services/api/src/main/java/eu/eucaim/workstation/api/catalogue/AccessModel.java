package eu.eucaim.workstation.api.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What makes a dataset's access rights and access conditions coherent (EUCAIM-DCAT-AP: dct:accessRights, and the
 * distribution's conditions DOWNLOAD, IN_SITU_PROCESSING, REMOTE_PROCESSING, several of which may apply), written
 * once for the demo generator and its tests:
 *
 * <ul>
 *   <li>a dataset that holds no data (the observational-study entry) has no access conditions;</li>
 *   <li>one that holds data has at least one;</li>
 *   <li>PUBLIC data can be downloaded;</li>
 *   <li>NON_PUBLIC data never leaves the holder: no DOWNLOAD.</li>
 * </ul>
 */
public final class AccessModel {
    private AccessModel() {}

    /** What is incoherent about {@code d}, one sentence each; empty when nothing is. */
    public static List<String> problems(Dataset d) {
        List<String> problems = new ArrayList<>();
        Collection<AccessCondition> c = d.accessConditions() == null ? List.of() : d.accessConditions();
        if (d.observationalStudy()) {
            if (!c.isEmpty()) {
                problems.add(d.id() + " holds no data but has access conditions " + c);
            }
            return problems;
        }
        if (c.isEmpty()) {
            problems.add(d.id() + " holds data but states no access condition");
        }
        if (d.accessRights() == AccessRights.PUBLIC && !c.contains(AccessCondition.DOWNLOAD)) {
            problems.add(d.id() + " is PUBLIC but cannot be downloaded: " + c);
        }
        if (d.accessRights() == AccessRights.NON_PUBLIC && c.contains(AccessCondition.DOWNLOAD)) {
            problems.add(d.id() + " is NON_PUBLIC but downloadable");
        }
        if (c.size() != c.stream().distinct().count()) {
            problems.add(d.id() + " lists a condition twice: " + c);
        }
        return problems;
    }
}

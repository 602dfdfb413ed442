package eu.eucaim.workstation.app.negotiation.page;

import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.app.negotiation.words.StatusWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A dataset of the negotiation, its state in words and the events the user may fire on it now. */
public record ResourceRow(NegotiationResource resource, String state, List<Action> actions) {
    /** Upstream lists a representative's next events as the resource's links titled "Next Lifecycle event". */
    static ResourceRow of(NegotiationResource r) {
        List<Action> actions = new ArrayList<>();
        if (r._links() != null) {
            for (Map.Entry<String, Link> e : r._links().entrySet()) {
                if ("Next Lifecycle event".equals(e.getValue().title())) {
                    String label = e.getValue().name() == null
                            ? StatusWords.humanise(e.getKey())
                            : e.getValue().name();
                    actions.add(new Action(e.getKey(), label, null));
                }
            }
        }
        return new ResourceRow(r, StatusWords.resource(r.currentState()), List.copyOf(actions));
    }

    /** The same dataset with the events the node said the user may fire on it ({@code …/lifecycle}). */
    ResourceRow withEvents(List<String> events) {
        List<Action> more = new ArrayList<>(actions);
        events.forEach(e -> more.add(new Action(e, StatusWords.humanise(e), null)));
        return new ResourceRow(resource, state, List.copyOf(more));
    }

    public String organisation() {
        return resource.organization() == null ? "" : resource.organization().name();
    }
}

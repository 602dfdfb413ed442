package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.ObjectRules;
import eu.eucaim.workstation.node.negotiator.DatasetGrants;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access models of user guide 4.7, for a study's images:
 *
 * <ul>
 *   <li>an admin, and a representative of the dataset's biobank, may do anything with its studies;</li>
 *   <li>anyone else first needs the dataset open to them: it is PUBLIC, or a negotiation of theirs made it available
 *       ({@code RESOURCE_MADE_AVAILABLE}) and still runs (not concluded, not abandoned);</li>
 *   <li>then the dataset's access conditions say how far: with DOWNLOAD everything; with on-site processing but no
 *       DOWNLOAD, {@link ImageUse#SEARCH} and {@link ImageUse#VIEW} only; for remote processing only, nothing, not
 *       even {@link ImageUse#SEARCH}: QIDO-RS must not list a study that could not then be opened;</li>
 *   <li>an unpublished study (no dataset yet): its uploader and admins only.</li>
 * </ul>
 *
 * Nothing is cached across requests: the catalogue is the current read model and the grants are read from the
 * Negotiator's tables at most once per {@link #session(Caller)}, so a concluded negotiation closes the next request.
 */
public final class DatasetAccessPolicy implements ImageAccessPolicy {
    private final CatalogueReadModel catalogue;
    private final DatasetGrants grants;

    public DatasetAccessPolicy(CatalogueReadModel catalogue, DatasetGrants grants) {
        this.catalogue = catalogue;
        this.grants = grants;
    }

    /** One request's decisions: at most one query for the caller's grants, however many studies it asks about. */
    public Session session(Caller caller) {
        return new Session(caller);
    }

    /** One query at most; a route deciding for many studies (a QIDO-RS listing) uses one {@link #session}. */
    @Override
    public Optional<String> refusal(Caller caller, StudyOwner owner, ImageUse use) {
        return session(caller).allowance(owner).refusal(use);
    }

    /**
     * How far a caller may go with a study: up to {@code upTo} (null: not at all), and why not beyond.
     *
     * @param reason one sentence for any use beyond {@code upTo}; null when every use is allowed
     */
    public record Allowance(ImageUse upTo, String reason) {
        static Allowance all() {
            return new Allowance(ImageUse.RETRIEVE, null);
        }

        public Optional<String> refusal(ImageUse use) {
            return upTo != null && use.ordinal() <= upTo.ordinal() ? Optional.empty() : Optional.of(reason);
        }
    }

    /** Decisions for one caller within one request. */
    public final class Session {
        private final Caller caller;
        private Map<String, DatasetGrants.Grant> granted;

        private Session(Caller caller) {
            this.caller = caller;
        }

        public Allowance allowance(StudyOwner owner) {
            if (ObjectRules.isAdmin(caller)) {
                return Allowance.all();
            }
            if (!owner.published()) {
                return ObjectRules.isCreator(caller, owner.uploader())
                        ? Allowance.all()
                        : new Allowance(
                                null,
                                "This study is not published in a dataset yet: only whoever uploaded it and the"
                                        + " admins may use it.");
            }
            Optional<Dataset> found = catalogue.current().dataset(owner.datasetId());
            if (found.isEmpty()) {
                return new Allowance(
                        null, "This study's dataset '" + owner.datasetId() + "' is not in this node's catalogue.");
            }
            Dataset d = found.get();
            String name = name(d);
            if (catalogue
                    .biobankOf(d.id())
                    .map(b -> ObjectRules.represents(caller, b))
                    .orElse(false)) {
                return Allowance.all();
            }
            List<AccessCondition> conditions = d.accessConditions() == null ? List.of() : d.accessConditions();
            boolean download = conditions.contains(AccessCondition.DOWNLOAD);
            if (!download && !conditions.contains(AccessCondition.IN_SITU_PROCESSING)) {
                return new Allowance(
                        null,
                        conditions.contains(AccessCondition.REMOTE_PROCESSING)
                                ? "The " + name
                                        + " is for remote processing only: its images cannot be searched, viewed or"
                                        + " retrieved."
                                : "The " + name + " states no access condition that allows using its images.");
            }
            Optional<String> closed = closedReason(d, name);
            if (closed.isPresent()) {
                return new Allowance(null, closed.get());
            }
            return download
                    ? Allowance.all()
                    : new Allowance(
                            ImageUse.VIEW,
                            "The access conditions of " + name
                                    + " allow viewing only, no download: its images cannot be"
                                    + " retrieved as DICOM, kept offline or saved.");
        }

        /** Why the dataset is not open to the caller at all, or empty when it is (public, or granted). */
        private Optional<String> closedReason(Dataset d, String name) {
            if (d.accessRights() == AccessRights.PUBLIC) {
                return Optional.empty();
            }
            if (!caller.signedIn()) {
                return Optional.of("The " + name + " is not public: sign in with an account it was granted to.");
            }
            if (granted == null) {
                granted = grants.of(caller.account());
            }
            DatasetGrants.Grant g = granted.get(d.id());
            if (g == null) {
                return Optional.of("The " + name + " is not public: request access through a negotiation; it opens once"
                        + " its representative makes it available to you.");
            }
            if (g.standing() == DatasetGrants.Standing.GRANTED) {
                return Optional.empty();
            }
            return Optional.of("Your access to " + name + " ended when negotiation " + g.negotiationId() + " was "
                    + g.status().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private static String name(Dataset d) {
        return "dataset '" + d.title() + "' (" + d.id() + ")";
    }
}

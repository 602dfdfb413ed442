package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.http.Caller;
import java.util.Optional;

/**
 * The policy the node uses until the access models of the catalogue and the negotiations decide: any signed-in
 * caller may search, view and retrieve a published study; an unpublished one (stored by STOW-RS outside a dataset)
 * only its uploader or an admin. {@code EucaimNode} wires it in one place, where the real policy replaces it.
 */
public final class SignedInAccessPolicy implements ImageAccessPolicy {
    @Override
    public Optional<String> refusal(Caller caller, StudyOwner owner, ImageUse use) {
        if (!caller.signedIn()) {
            return Optional.of("Images need a signed-in caller");
        }
        if (owner.published()
                || caller.has(Role.ADMIN)
                || (owner.uploader() != null && owner.uploader().equals(caller.account()))) {
            return Optional.empty();
        }
        return Optional.of("This study is not published in a dataset yet: only its uploader and admins may use it");
    }
}

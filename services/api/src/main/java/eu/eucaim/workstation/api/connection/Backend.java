package eu.eucaim.workstation.api.connection;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.node.NodeStatusService;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The set of services the app uses now, chosen in Settings: the embedded node, a node by its URL, or the real
 * EUCAIM platform's services. Every feature reaches its backend through one of these interfaces, so a view-model
 * never knows which. Later issues add their services here (negotiator, helpdesk, DICOMweb, ...).
 */
public interface Backend extends AutoCloseable {
    BackendKind kind();

    /** Where it is, e.g. {@code http://127.0.0.1:43121}: shown to the user, and the default sign-in provider. */
    URI address();

    CatalogueService catalogue();

    /**
     * The OpenID provider this backend's services trust, the sign-in's default when Settings names none: a node is
     * its own provider; the EUCAIM platform's is LS-AAI.
     */
    default URI signInIssuer() {
        return address();
    }

    /** The catalogue of another node of the federation (a Federated Query result found there). */
    CatalogueService catalogueAt(URI node);

    NodeStatusService status();

    SampleImagesService samples();

    /** The offline library on this computer (the same for every backend: it holds what every node gave). */
    eu.eucaim.workstation.api.library.ImageLibrary library();

    FederatedSearchService federatedSearch();

    /** The Negotiator that takes this backend's access requests (the node's own {@code /api/v3}). */
    NegotiationService negotiation();

    /** The federated-search providers that come with this backend (the embedded node and its demo federation). */
    CompletableFuture<List<QueryProvider>> queryProviders();

    /** What the signed-in user may do with the node's images, and the retrieval logs of what they represent. */
    eu.eucaim.workstation.api.images.ImageAccessService imageAccess();

    /**
     * The backend's own images over DICOMweb ({@code <address>/dicom-web}, with the user's sign-in); null for a
     * backend without images of its own (the EUCAIM platform).
     */
    eu.eucaim.workstation.api.dicomweb.ImageSource ownImages();

    /**
     * A DICOMweb client for {@code source}: the signed-in user's token for {@link
     * eu.eucaim.workstation.api.dicomweb.ImageSource.Auth#SIGN_IN}, {@code password} for BASIC (null otherwise).
     */
    eu.eucaim.workstation.api.dicomweb.DicomWebService dicomWeb(
            eu.eucaim.workstation.api.dicomweb.ImageSource source, String password);

    /** Stops what this backend started (the embedded node); closing twice does nothing more. */
    @Override
    void close();
}

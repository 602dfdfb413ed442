package eu.eucaim.workstation.app.testing;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.api.node.NodeStatusService;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A {@link Backend} made of what a test gives it; a service it was not given fails when asked for. */
public final class ScriptedBackend implements Backend {
    private final BackendKind kind;
    private final URI address;
    public CatalogueService catalogue;
    public NodeStatusService status;
    public SampleImagesService samples;
    public eu.eucaim.workstation.api.library.ImageLibrary library;
    public eu.eucaim.workstation.api.dicomweb.DicomWebService dicomWeb;
    public eu.eucaim.workstation.api.images.ImageAccessService imageAccess;
    public FederatedSearchService federatedSearch;
    public eu.eucaim.workstation.api.negotiation.NegotiationService negotiation;
    public List<QueryProvider> providers = List.of();
    public boolean closed;

    public ScriptedBackend(BackendKind kind, URI address) {
        this.kind = kind;
        this.address = address;
    }

    @Override
    public BackendKind kind() {
        return kind;
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public CatalogueService catalogue() {
        return given(catalogue, "catalogue");
    }

    @Override
    public CatalogueService catalogueAt(URI node) {
        return given(catalogue, "catalogue");
    }

    @Override
    public NodeStatusService status() {
        return given(status, "status");
    }

    @Override
    public SampleImagesService samples() {
        return given(samples, "samples");
    }

    @Override
    public eu.eucaim.workstation.api.library.ImageLibrary library() {
        return given(library, "library");
    }

    @Override
    public FederatedSearchService federatedSearch() {
        return given(federatedSearch, "federatedSearch");
    }

    @Override
    public eu.eucaim.workstation.api.negotiation.NegotiationService negotiation() {
        return given(negotiation, "negotiation");
    }

    @Override
    public eu.eucaim.workstation.api.images.ImageAccessService imageAccess() {
        return given(imageAccess, "imageAccess");
    }

    @Override
    public eu.eucaim.workstation.api.dicomweb.ImageSource ownImages() {
        return new eu.eucaim.workstation.api.dicomweb.ImageSource(
                "Scripted",
                java.net.URI.create("http://127.0.0.1:9/dicom-web"),
                eu.eucaim.workstation.api.dicomweb.ImageSource.Auth.SIGN_IN,
                "");
    }

    @Override
    public eu.eucaim.workstation.api.dicomweb.DicomWebService dicomWeb(
            eu.eucaim.workstation.api.dicomweb.ImageSource source, String password) {
        return given(dicomWeb, "dicomWeb");
    }

    @Override
    public CompletableFuture<List<QueryProvider>> queryProviders() {
        return CompletableFuture.completedFuture(providers);
    }

    @Override
    public void close() {
        closed = true;
    }

    private static <T> T given(T service, String name) {
        if (service == null) {
            throw new UnsupportedOperationException("The test gave this backend no " + name);
        }
        return service;
    }
}

package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.common.CancellableCompose;
import eu.eucaim.workstation.dicom.study.ScanResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Viewer's search of a DICOMweb source: the sources, the form, the studies found, the series of the study
 * chosen, and opening a series in the viewer (its headers from WADO-RS series metadata, its images streamed through
 * {@link RemoteImages}). The newest search or choice wins; an older answer is dropped. Call on the UI thread.
 */
public final class RemoteSearchViewModel {
    static final String NOT_CONNECTED = "Remote images can be searched once the app is connected.";
    private final DicomWebSources sources;
    private final RemoteImages images;
    private final ImageLibrary library;
    private final LibraryKeeper keeper;
    private final Executor io;
    private final BiConsumer<ScanResult, String> open;
    private final BackgroundTask searching;
    private final BackgroundTask listing;
    private final BackgroundTask opening;
    private final BackgroundTask keeping;
    private final BackgroundTask preparing;
    private final SeriesPreparation preparation = new SeriesPreparation();
    private final ReadOnlyDoubleWrapper keepProgress = new ReadOnlyDoubleWrapper(this, "keepProgress", -1);
    private final ReadOnlyObjectWrapper<RemoteStudy> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    /** Why the chosen study cannot be kept offline (its dataset's access conditions), or null when it can. */
    private final ReadOnlyStringWrapper keepRefusal = new ReadOnlyStringWrapper(this, "keepRefusal");

    private final ReadOnlyBooleanWrapper accessKnown = new ReadOnlyBooleanWrapper(this, "accessKnown");
    /** What the chosen study's dataset allows, as it will be known: an open waits for it. */
    private CompletableFuture<?> accessAnswer = CompletableFuture.completedFuture(null);
    /** Why the chosen study cannot be viewed at all, or null. */
    private String viewRefusal;

    private final ObservableList<ImageSource> sourceList = FXCollections.observableArrayList();
    private final ObjectProperty<ImageSource> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty patientName = new SimpleStringProperty(this, "patientName", "");
    private final StringProperty patientId = new SimpleStringProperty(this, "patientId", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty modality = new SimpleStringProperty(this, "modality", "");
    private final StringProperty accession = new SimpleStringProperty(this, "accession", "");
    private final ObservableList<RemoteStudy> studies = FXCollections.observableArrayList();
    private final ObservableList<RemoteSeries> series = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param open shows a series' tree in the viewer (on the UI thread), with a line saying where it came from
     * @param io   where headers are parsed (never the UI thread)
     */
    public RemoteSearchViewModel(
            DicomWebSources sources,
            RemoteImages images,
            ImageLibrary library,
            LibraryKeeper keeper,
            Executor ui,
            Executor io,
            BiConsumer<ScanResult, String> open) {
        this.sources = sources;
        this.images = images;
        this.library = library;
        this.keeper = keeper;
        this.io = io;
        this.open = open;
        this.searching = new BackgroundTask(ui);
        this.listing = new BackgroundTask(ui);
        this.opening = new BackgroundTask(ui);
        this.keeping = new BackgroundTask(ui);
        this.preparing = new BackgroundTask(ui);
    }

    /**
     * Lists the sources again (the app connected, the node changed, or Settings added one); keeps the one chosen when
     * still there.
     */
    public void refreshSources() {
        List<ImageSource> now;
        try {
            now = sources.sources();
        } catch (IllegalStateException | eu.eucaim.workstation.app.fx.UserMessageException notConnected) {
            status.set(NOT_CONNECTED);
            return;
        }
        if (NOT_CONNECTED.equals(status.get())) {
            status.set(""); // connected now: the line would still say it is not
        }
        ImageSource chosen = source.get();
        sourceList.setAll(now);
        source.set(chosen != null && now.contains(chosen) ? chosen : now.isEmpty() ? null : now.get(0));
    }

    /** Searches the chosen source with the form. */
    public void search() {
        if (source.get() == null) {
            refreshSources(); // none listed yet (the app connected after the panel was made): the first one
        }
        ImageSource s = source.get();
        if (s == null) {
            status.set("Choose an image source first.");
            return;
        }
        QidoQuery query;
        try {
            query = new RemoteSearchForm(
                            patientName.get(), patientId.get(), from.get(), to.get(), modality.get(), accession.get())
                    .query();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        BackgroundTask.Run run = searching.next();
        listing.drop();
        series.clear();
        busy.set(true);
        status.set("Searching " + s.name() + "…");
        CompletableFuture<List<DicomAttributes>> found = service(s).thenCompose(c -> c.studies(query));
        run.onCancel(() -> found.cancel(true));
        run.deliver(
                found,
                list -> {
                    busy.set(false);
                    studies.setAll(list.stream().map(RemoteStudy::of).toList());
                    status.set(RemoteSearchForm.found(list.size(), s.name()));
                },
                failure -> {
                    busy.set(false);
                    studies.clear();
                    status.set("Could not search " + s.name() + ": " + Errors.describe(failure));
                });
    }

    /**
     * The user who searched signed out, or another signed in: what the last sign-in was answered (studies, series,
     * what their datasets allow) is dropped, with what is still coming; {@code line} says why the lists are empty.
     */
    public void forgetAnswers(String line) {
        searching.drop();
        listing.drop();
        keeping.drop(); // a Keep offline under way stops; what arrived stays kept
        opening.drop(); // a series still opening is the last user's
        keepProgress.set(-1);
        studies.clear();
        freshChoice(null);
        accessAnswer = CompletableFuture.completedFuture(null);
        busy.set(false);
        status.set(line);
    }

    /**
     * The viewer closed every series: a series still opening is not opened, and the rest of the one streaming is not
     * fetched (on a slow link a long series would go on filling the library with what the user closed).
     */
    public void viewerClosed() {
        if (opening.drop()) {
            status.set("Not opened: the viewer's series were closed.");
        }
        images.forget();
    }

    /** {@code study} (or none) is the one chosen, with nothing known yet of its series or of what it allows. */
    private void freshChoice(RemoteStudy study) {
        chosen.set(study);
        preparing.drop();
        preparation.forget();
        keepRefusal.set(null);
        viewRefusal = null;
        accessKnown.set(false);
        series.clear();
    }

    /** Lists the series of {@code study}. */
    public void choose(RemoteStudy study) {
        ImageSource s = source.get();
        if (study == null || s == null) {
            return;
        }
        BackgroundTask.Run run = listing.next();
        freshChoice(study);
        CompletableFuture<java.util.Optional<ImageAccess>> access = sources.access(s, study.studyUid());
        accessAnswer = access;
        run.deliver(
                access,
                a -> {
                    a.ifPresent(terms -> apply(study, terms));
                    accessKnown.set(true);
                },
                failure -> {
                    keepRefusal.set("What this study's dataset allows could not be read: " + Errors.describe(failure));
                    accessKnown.set(true);
                });
        status.set("Listing the series of " + study.describe() + "…");
        CompletableFuture<List<DicomAttributes>> found = service(s)
                .thenCompose(c -> c.series(
                        study.studyUid(), QidoQuery.all().including("0008103E").including("00201209")));
        run.onCancel(() -> found.cancel(true));
        run.deliver(
                found,
                list -> {
                    series.setAll(list.stream()
                            .map(a -> RemoteSeries.of(study.studyUid(), a))
                            .sorted(java.util.Comparator.comparingInt(RemoteSeries::number))
                            .toList());
                    status.set(Formats.count(list.size(), "series", "series") + " in " + study.describe()
                            + ". Double-click one to open it.");
                },
                failure -> status.set(
                        "Could not list the series of " + study.describe() + ": " + Errors.describe(failure)));
    }

    /**
     * The series selected in the list (the first click of a double-click): its metadata is asked for now and, once
     * here, the image it would show first (if the study may be kept), so that the open that follows finds both here.
     * Waits for the dataset's terms as an open does; nothing for a study that may not be viewed.
     */
    public void select(RemoteSeries selected) {
        ImageSource s = source.get();
        if (selected == null || s == null || viewRefusal != null) {
            return;
        }
        BackgroundTask.Run run = preparing.next();
        run.deliver( // on the UI thread: after the dataset's terms, delivered there before, are applied
                preparation.prepare(s, selected, () -> metadata(s, selected)),
                list -> io.execute(
                        () -> images.recallAndFetchFirst(s, selected.studyUid(), selected.seriesUid(), list)),
                failure -> {}); // the open asks again, and says why if it fails then
    }

    /** The series' metadata once the dataset's terms are known; a cancel reaches the request (another one chosen). */
    private CompletableFuture<List<DicomAttributes>> metadata(ImageSource s, RemoteSeries series) {
        return CancellableCompose.compose(
                accessAnswer.handle((answer, failure) -> null).thenCompose(known -> service(s)),
                c -> c.seriesMetadata(series.studyUid(), series.seriesUid()));
    }

    /**
     * Opens {@code chosen} in the viewer: reads its metadata (one request, or the answer to the one its selection
     * made), builds its stack as a scan of its files would, and hands it over; the images then stream from the middle
     * outward as the viewer asks for them.
     */
    public void open(RemoteSeries chosen) {
        ImageSource s = source.get();
        if (chosen == null || s == null) {
            return;
        }
        if (viewRefusal != null) {
            status.set(viewRefusal);
            return;
        }
        BackgroundTask.Run run = opening.next();
        status.set("Opening " + chosen.label() + "…");
        // Not before the dataset's terms are known: a view-only study must never be written to disk, and what a
        // study allows is applied on this thread before the series is handed over (the same executor, in order).
        CompletableFuture<ScanResult> tree = preparation
                .take(s, chosen, () -> metadata(s, chosen))
                .thenApplyAsync(
                        list -> {
                            library.expectSeries(chosen.studyUid(), chosen.seriesUid(), list.size());
                            images.recallAndFetchFirst(s, chosen.studyUid(), chosen.seriesUid(), list);
                            return RemoteStack.tree(s, chosen.studyUid(), chosen.seriesUid(), list);
                        },
                        io);
        run.onCancel(() -> tree.cancel(true));
        run.deliver(
                tree,
                t -> {
                    if (viewRefusal != null) {
                        status.set(viewRefusal);
                        return;
                    }
                    if (t.instanceCount() == 0) {
                        status.set(s.name() + " listed no images of " + chosen.label() + ".");
                        return;
                    }
                    open.accept(t, s.name());
                    images.stream(RemoteStack.middleOut(t));
                    status.set("Opened " + chosen.label() + " from " + s.name() + ".");
                },
                failure -> status.set("Could not open " + chosen.label() + ": " + Errors.describe(failure)));
    }

    /**
     * The study's access model as the node states it: a dataset that may be viewed but not kept streams as frames,
     * never written to disk, and says why Keep offline is not offered; one that may not be viewed says why.
     */
    private void apply(RemoteStudy study, ImageAccess terms) {
        keeper.terms(
                study.studyUid(),
                new LibraryKeeper.Terms(terms.datasetId(), terms.canRetrieve() ? "download allowed" : "viewing only"));
        if (!terms.canRetrieve()) {
            images.viewOnly(study.studyUid());
            keepRefusal.set(terms.reason() == null ? "This study cannot be kept offline." : terms.reason());
        }
        if (!terms.canView()) {
            viewRefusal = terms.reason();
        }
    }

    /**
     * "Keep offline": pins the chosen study in the library and fetches every instance of it the library does not
     * have yet (a study already complete fetches nothing), two at a time; {@link #keepProgressProperty} says how
     * far. {@link #cancelKeep} stops it; what arrived stays.
     */
    public void keepOffline() {
        ImageSource s = source.get();
        RemoteStudy study = chosen.get();
        if (s == null || study == null) {
            return;
        }
        if (keepRefusal.get() != null) {
            status.set(keepRefusal.get());
            return;
        }
        BackgroundTask.Run run = keeping.next();
        keepProgress.set(0);
        status.set("Keeping " + study.describe() + " offline…");
        java.util.function.Consumer<Double> progress = run.progress(keepProgress::set);
        CompletableFuture<Integer> kept = service(s)
                .thenCompose(c -> library.pin(study.studyUid(), true)
                        .thenApplyAsync(
                                v -> new StudyFetch(c, library, images, s, study.studyUid()).fetch(progress), io));
        run.onCancel(() -> kept.cancel(true));
        run.deliver(
                kept,
                fetched -> {
                    keepProgress.set(-1);
                    status.set(study.describe() + " is kept offline ("
                            + (fetched == 0
                                    ? "it was complete already"
                                    : Formats.count(fetched, "image", "images") + " fetched")
                            + ").");
                },
                failure -> {
                    keepProgress.set(-1);
                    status.set("Could not keep " + study.describe() + " offline: " + Errors.describe(failure)
                            + ". What arrived is kept; Keep offline again fetches the rest.");
                });
    }

    public void cancelKeep() {
        keeping.cancel();
    }

    private CompletableFuture<DicomWebService> service(ImageSource s) {
        return CompletableFuture.supplyAsync(
                () -> {
                    DicomWebService c = sources.open(s);
                    images.register(s, c);
                    return c;
                },
                io);
    }

    public ObservableList<ImageSource> sources() {
        return sourceList;
    }

    public ObjectProperty<ImageSource> sourceProperty() {
        return source;
    }

    public StringProperty patientNameProperty() {
        return patientName;
    }

    public StringProperty patientIdProperty() {
        return patientId;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty modalityProperty() {
        return modality;
    }

    public StringProperty accessionProperty() {
        return accession;
    }

    public ObservableList<RemoteStudy> studies() {
        return studies;
    }

    public ObservableList<RemoteSeries> seriesOfStudy() {
        return series;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The study whose series are listed (what Keep offline keeps). */
    public ReadOnlyObjectProperty<RemoteStudy> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Why the chosen study cannot be kept offline, or null (the view shows it in place of the button). */
    /** Whether what the chosen study's dataset allows is known (answered or failed). */
    public ReadOnlyBooleanProperty accessKnownProperty() {
        return accessKnown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keepRefusalProperty() {
        return keepRefusal.getReadOnlyProperty();
    }

    /** 0..1 while Keep offline runs, else -1. */
    public ReadOnlyDoubleProperty keepProgressProperty() {
        return keepProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

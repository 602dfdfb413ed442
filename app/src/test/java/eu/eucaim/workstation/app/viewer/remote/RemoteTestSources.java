package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import java.util.List;
import java.util.concurrent.Executor;

/** What the Remote panel's tests share: a source over a real server, its client counted or held, and waiting. */
final class RemoteTestSources {
    /** Runs at once, on the calling thread: the view model's UI and background executors in these tests. */
    static final Executor NOW = Runnable::run;

    private RemoteTestSources() {}

    /** {@code at} as the one source, its studies' datasets allowing what {@code terms} says, its client wrapped. */
    static DicomWebSources sourceOver(
            ImageSource at,
            java.util.concurrent.CompletableFuture<java.util.Optional<eu.eucaim.workstation.api.images.ImageAccess>>
                    terms,
            java.util.function.UnaryOperator<DicomWebService> wrap) {
        return new DicomWebSources() {
            @Override
            public List<ImageSource> sources() {
                return List.of(at);
            }

            @Override
            public java.util.concurrent.CompletableFuture<
                            java.util.Optional<eu.eucaim.workstation.api.images.ImageAccess>>
                    access(ImageSource s, String studyUid) {
                return terms;
            }

            @Override
            public DicomWebService open(ImageSource s) {
                return wrap.apply(new HttpDicomWebClient(ClientConfig.of(s.baseUrl()), null));
            }
        };
    }

    /** Searches the source, chooses the first study found and answers its first series. */
    static RemoteSeries firstSeriesFound(RemoteSearchViewModel vm) throws InterruptedException {
        vm.refreshSources();
        vm.search();
        await(() -> !vm.studies().isEmpty());
        vm.choose(vm.studies().get(0));
        await(() -> !vm.seriesOfStudy().isEmpty());
        return vm.seriesOfStudy().get(0);
    }

    static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(done.getAsBoolean()).as("done in time").isTrue();
    }

    /** The service, recording the name of every request made of it but the searches. */
    static DicomWebService counting(DicomWebService real, List<String> asked) {
        return (DicomWebService) java.lang.reflect.Proxy.newProxyInstance(
                DicomWebService.class.getClassLoader(), new Class<?>[] {DicomWebService.class}, (proxy, m, args) -> {
                    if (!List.of("studies", "series").contains(m.getName()) && m.getDeclaringClass() != Object.class) {
                        asked.add(m.getName());
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The service, its image on screen (the first fetched into memory) held until {@code go}. */
    static DicomWebService holdingFirstImage(DicomWebService real, java.util.concurrent.CountDownLatch go) {
        return (DicomWebService) java.lang.reflect.Proxy.newProxyInstance(
                DicomWebService.class.getClassLoader(), new Class<?>[] {DicomWebService.class}, (proxy, m, args) -> {
                    try {
                        Object answer = m.invoke(real, args);
                        if (m.getName().equals("instanceBytes")) {
                            return ((java.util.concurrent.CompletableFuture<?>) answer).thenApplyAsync(bytes -> {
                                try {
                                    go.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return bytes;
                            });
                        }
                        return answer;
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

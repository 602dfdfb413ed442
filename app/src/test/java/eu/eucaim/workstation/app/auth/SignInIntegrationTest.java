package eu.eucaim.workstation.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.client.auth.CurrentSignIn;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.client.auth.SignInClient;
import eu.eucaim.workstation.client.auth.SignInStorage;
import eu.eucaim.workstation.client.auth.UserInfoClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in view-model with the real sign-in service ({@link CurrentSignIn}), against a real node's provider over
 * loopback: the browser flow, the saved sign-in in its files, a refused refresh. {@link SignInViewModelTest} covers
 * the view-model's states alone.
 */
class SignInIntegrationTest {
    @TempDir
    static Path temp;

    static EucaimNode node;

    @TempDir
    Path config;

    private final ExecutorService io = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 4).withDatasetCount(3));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @AfterEach
    void shutdown() {
        io.shutdownNow();
    }

    private SignInViewModel vm(BrowserOpener browser, Duration timeout) {
        return vm(browser, timeout, node.baseUri());
    }

    private SignInViewModel vm(BrowserOpener browser, Duration timeout, URI issuer) {
        SignInClient client =
                new SignInClient(new SignInStorage(config, SignInStorage.fixed(null, "none"), line -> {}), timeout);
        return vm(
                client,
                () -> CompletableFuture.completedFuture(new SignInViewModel.Provider(issuer, "eucaim-workstation")),
                browser);
    }

    /** The sign-in service behind each view-model made here, for the tokens it hands out to protected services. */
    private final Map<SignInViewModel, CurrentSignIn> services = new IdentityHashMap<>();

    private SignInViewModel vm(
            SignInClient client,
            Supplier<CompletableFuture<SignInViewModel.Provider>> provider,
            BrowserOpener browser) {
        CurrentSignIn service = new CurrentSignIn(client, io);
        SignInViewModel vm = new SignInViewModel(service, provider, browser, Runnable::run);
        services.put(vm, service);
        return vm;
    }

    private AccessTokenSource tokensOf(SignInViewModel vm) {
        return services.get(vm).tokens();
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void signInShowsTheUserAndRolesAndHandsOutTokens() throws Exception {
        SignInViewModel vm = vm(FormFillingBrowser.signingInAs("steward", "steward"), Duration.ofSeconds(20));
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThatThrownBy(() -> tokensOf(vm).accessToken()).isInstanceOf(AuthException.class);

        vm.signIn();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNING_IN);
        assertThat(vm.busyProperty().get()).isTrue();
        waitFor("signed in", vm.signedInProperty()::get);
        assertThat(vm.userNameProperty().get()).isEqualTo("steward");
        assertThat(vm.roles()).containsExactly("Data steward");
        assertThat(vm.messageProperty().get()).isNull();
        String token = tokensOf(vm).accessToken();
        assertThat(new UserInfoClient()
                        .fetch(node.baseUri().resolve("/api/me"), token)
                        .username())
                .isEqualTo("steward");
    }

    @Test
    void aDeniedSignInFailsWithAReasonAndRetryWorks() throws Exception {
        BrowserOpener[] browser = {new FormFillingBrowser(Map.of("cancel", "1"))};
        SignInViewModel vm = vm(url -> browser[0].open(url), Duration.ofSeconds(20));
        vm.signIn();
        waitFor("failed", () -> vm.statusProperty().get() == SignInStatus.FAILED);
        assertThat(vm.messageProperty().get()).contains("cancelled or refused");

        browser[0] = FormFillingBrowser.signingInAs("admin", "admin");
        vm.retry();
        waitFor("signed in", vm.signedInProperty()::get);
        assertThat(vm.roles()).containsExactly("Admin");
    }

    @Test
    void anAbandonedSignInTimesOutAndSaysSo() throws Exception {
        SignInViewModel vm = vm(url -> {}, Duration.ofMillis(700));
        vm.signIn();
        waitFor("failed", () -> vm.statusProperty().get() == SignInStatus.FAILED);
        assertThat(vm.messageProperty().get())
                .contains("No answer from the browser")
                .contains("Try again");
    }

    @Test
    void cancelStopsWaitingAndALateAnswerIsIgnored() throws Exception {
        CompletableFuture<URI> opened = new CompletableFuture<>();
        SignInViewModel vm = vm(opened::complete, Duration.ofMinutes(5));
        vm.signIn();
        URI url = opened.get(20, TimeUnit.SECONDS);
        vm.cancel();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.messageProperty().get()).isEqualTo("Sign-in cancelled.");
        // The browser finishing afterwards reaches no one: the callback port is closed.
        FormFillingBrowser late = FormFillingBrowser.signingInAs("researcher", "researcher");
        late.open(url);
        late.formAnswer.get(20, TimeUnit.SECONDS);
        Thread.sleep(300);
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
    }

    @Test
    void cancellingBeforeTheNodeIsUpNeverOpensTheBrowserOrSavesASignIn() throws Exception {
        CompletableFuture<SignInViewModel.Provider> nodeStarted = new CompletableFuture<>();
        FormFillingBrowser browser = FormFillingBrowser.signingInAs("researcher", "researcher");
        SignInClient client = new SignInClient(
                new SignInStorage(config, SignInStorage.fixed(null, "none"), line -> {}), Duration.ofSeconds(20));
        SignInViewModel vm = vm(client, () -> nodeStarted, browser);
        vm.signIn();
        vm.cancel();
        nodeStarted.complete(new SignInViewModel.Provider(node.baseUri(), "eucaim-workstation"));
        Thread.sleep(1000);
        assertThat(browser.openedUrl).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(config.resolve(SignInStorage.RECORD_FILE)).doesNotExist();
    }

    @Test
    void aSavedSignInIsRestoredAtStartUpAndSignOutForgetsIt() throws Exception {
        SignInViewModel first = vm(FormFillingBrowser.signingInAs("agent", "agent"), Duration.ofSeconds(20));
        first.signIn();
        waitFor("signed in", first.signedInProperty()::get);

        CompletableFuture<SignInViewModel.Provider> nodeStarted = new CompletableFuture<>();
        SignInClient client = new SignInClient(
                new SignInStorage(config, SignInStorage.fixed(null, "none"), line -> {}), Duration.ofSeconds(20));
        SignInViewModel nextRun = vm(client, () -> nodeStarted, url -> {});
        CompletableFuture<Void> restoring = nextRun.restore();
        // While the node (the provider) is still starting, the app says it is restoring and offers no Sign in.
        waitFor("restoring", nextRun.restoringProperty()::get);
        nextRun.signIn();
        assertThat(nextRun.statusProperty().get()).isEqualTo(SignInStatus.RESTORING);
        nodeStarted.complete(new SignInViewModel.Provider(node.baseUri(), "eucaim-workstation"));
        restoring.get(30, TimeUnit.SECONDS);
        assertThat(nextRun.signedInProperty().get()).isTrue();
        assertThat(nextRun.userNameProperty().get()).isEqualTo("agent");
        assertThat(nextRun.roles()).containsExactly("Helpdesk agent");

        nextRun.signOut().get(10, TimeUnit.SECONDS);
        assertThat(nextRun.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(nextRun.userNameProperty().get()).isNull();
        assertThat(nextRun.roles()).isEmpty();
        assertThatThrownBy(() -> tokensOf(nextRun).accessToken()).isInstanceOf(AuthException.class);

        SignInViewModel third = vm(url -> {}, Duration.ofSeconds(20));
        third.restore().get(30, TimeUnit.SECONDS);
        assertThat(third.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(third.restoringProperty().get()).isFalse();
        assertThat(third.messageProperty().get()).isNull();
    }

    @Test
    void aSavedSignInThatCannotBeRenewedShowsSignedOutWithOneLine() throws Exception {
        SignInViewModel first = vm(FormFillingBrowser.signingInAs("researcher", "researcher"), Duration.ofSeconds(20));
        first.signIn();
        waitFor("signed in", first.signedInProperty()::get);
        // Damage the saved refresh token: the provider refuses it.
        Path tokens = config.resolve(SignInStorage.TOKEN_FILE);
        Files.writeString(
                tokens,
                Files.readString(tokens)
                        .replaceAll("\"refreshToken\"\\s*:\\s*\"[^\"]+\"", "\"refreshToken\":\"revoked\"")
                        .replaceAll("\"expiresAt\"\\s*:\\s*[^,}]+", "\"expiresAt\":0"));

        SignInViewModel nextRun = vm(url -> {}, Duration.ofSeconds(20));
        nextRun.restore().get(30, TimeUnit.SECONDS);
        assertThat(nextRun.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(nextRun.messageProperty().get())
                .startsWith("Your saved sign-in could not be restored: ")
                .contains("invalid_grant")
                .doesNotContain("\n")
                .doesNotContain("revoked\"");
        assertThat(tokens).doesNotExist();
    }

    @Test
    void roleNamesFromAnyProviderReadAsWords() {
        assertThat(SignInViewModel.label("data_steward")).isEqualTo("Data steward");
        assertThat(SignInViewModel.label("researcher")).isEqualTo("Researcher");
    }
}

package eu.eucaim.workstation.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.testing.ScriptedSignIn;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The sign-in view-model alone: its states, messages and commands against a scripted sign-in service, without a
 * provider, a browser or any HTTP. {@link SignInIntegrationTest} runs it with the real service and a real node.
 */
class SignInViewModelTest {
    static final URI ISSUER = URI.create("http://127.0.0.1:4321");

    final ScriptedSignIn service = new ScriptedSignIn();
    final List<URI> opened = new ArrayList<>();
    final BrowserOpener browser = opened::add;
    CompletableFuture<SignInViewModel.Provider> provider =
            CompletableFuture.completedFuture(new SignInViewModel.Provider(ISSUER, "eucaim-workstation"));
    final SignInViewModel vm = new SignInViewModel(service, () -> provider, browser, UiThread.sameThread());

    @Test
    void signInShowsTheUserAndRolesAndHandsOutTokens() throws Exception {
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);

        vm.signIn();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNING_IN);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(service.last().issuer()).isEqualTo(ISSUER);
        assertThat(service.last().clientId()).isEqualTo("eucaim-workstation");
        assertThat(vm.waitingProperty().get()).isEqualTo("Signing in…");
        service.last().browser().open(URI.create("http://127.0.0.1:4321/oauth2/authorize"));
        assertThat(opened).containsExactly(URI.create("http://127.0.0.1:4321/oauth2/authorize"));
        assertThat(vm.waitingProperty().get()).isEqualTo("Signing in… finish in the browser");

        service.last().answer().complete(ScriptedSignIn.user("steward", Role.DATA_STEWARD));
        assertThat(vm.signedInProperty().get()).isTrue();
        assertThat(vm.userNameProperty().get()).isEqualTo("steward");
        assertThat(vm.roles()).containsExactly("Data steward");
        assertThat(vm.messageProperty().get()).isNull();
    }

    @Test
    void aDeniedSignInFailsWithAReasonAndRetryWorks() {
        vm.signIn();
        service.last()
                .answer()
                .completeExceptionally(ScriptedSignIn.failure("The sign-in was cancelled or refused at the provider"));
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.FAILED);
        assertThat(vm.messageProperty().get()).contains("cancelled or refused");

        vm.retry();
        assertThat(service.attempts).hasSize(2);
        service.last().answer().complete(ScriptedSignIn.user("admin", Role.ADMIN));
        assertThat(vm.signedInProperty().get()).isTrue();
        assertThat(vm.roles()).containsExactly("Admin");
        assertThat(vm.hasRole(Role.ADMIN)).isTrue();
        assertThat(vm.hasRole(Role.DATA_STEWARD)).isFalse();
    }

    @Test
    void anAbandonedSignInTimesOutAndSaysSo() {
        vm.signIn();
        service.last()
                .answer()
                .completeExceptionally(ScriptedSignIn.failure(
                        "No answer from the browser within 300 s; the sign-in was abandoned. Try again."));
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.FAILED);
        assertThat(vm.messageProperty().get())
                .contains("No answer from the browser")
                .contains("Try again");
    }

    @Test
    void cancelStopsWaitingAndALateAnswerIsIgnored() {
        vm.signIn();
        CompletableFuture<?> asked = service.last().answer();
        vm.cancel();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.messageProperty().get()).isEqualTo("Sign-in cancelled.");
        assertThat(asked).as("the flow is cancelled, which frees its port").isCancelled();
        service.last().answer().complete(ScriptedSignIn.user("researcher", Role.RESEARCHER));
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
    }

    @Test
    void cancellingBeforeTheNodeIsUpNeverOpensTheBrowserOrSavesASignIn() {
        provider = new CompletableFuture<>();
        vm.signIn();
        vm.cancel();
        provider.complete(new SignInViewModel.Provider(ISSUER, "eucaim-workstation"));
        assertThat(service.attempts)
                .as("no flow started: no browser, nothing saved")
                .isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
    }

    @Test
    void aSavedSignInIsRestoredAtStartUpAndSignOutForgetsIt() {
        provider = new CompletableFuture<>();
        service.saved.complete(true);
        CompletableFuture<Void> restoring = vm.restore();
        // While the node (the provider) is still starting, the app says it is restoring and offers no Sign in.
        assertThat(vm.restoringProperty().get()).isTrue();
        vm.signIn();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.RESTORING);
        assertThat(service.attempts).isEmpty();
        provider.complete(new SignInViewModel.Provider(ISSUER, "eucaim-workstation"));
        service.restores.get(0).complete(Optional.of(ScriptedSignIn.user("agent", Role.HELPDESK_AGENT)));
        assertThat(restoring).isDone();
        assertThat(vm.signedInProperty().get()).isTrue();
        assertThat(vm.userNameProperty().get()).isEqualTo("agent");
        assertThat(vm.roles()).containsExactly("Helpdesk agent");

        vm.signOut();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.userNameProperty().get()).isNull();
        assertThat(vm.roles()).isEmpty();
        assertThat(vm.hasRole(Role.HELPDESK_AGENT)).as("nobody signed in").isFalse();
        assertThat(service.signOuts).isEqualTo(1);
    }

    @Test
    void withNothingSavedTheStartIsSignedOutQuietly() {
        service.saved.complete(false);
        vm.restore();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.restoringProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isNull();
        assertThat(service.restores).isEmpty();
    }

    @Test
    void aSavedSignInThatCannotBeRenewedShowsSignedOutWithOneLine() {
        service.saved.complete(true);
        vm.restore();
        service.restores
                .get(0)
                .completeExceptionally(ScriptedSignIn.failure("The provider refused the refresh (invalid_grant)"));
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.messageProperty().get())
                .startsWith("Your saved sign-in could not be restored: ")
                .contains("invalid_grant")
                .doesNotContain("\n");
    }

    @Test
    void anUnreachableProviderAtRestoreSaysSo() {
        service.saved.complete(true);
        vm.restore();
        service.restores.get(0).completeExceptionally(new ServiceUnreachableException(ISSUER.toString(), null));
        assertThat(vm.messageProperty().get())
                .startsWith("Your saved sign-in could not be restored: ")
                .contains(ISSUER.toString());
    }

    @Test
    void whenTheProviderEndsTheSignInTheAppShowsSignedOutWithTheReason() {
        vm.signIn();
        service.last().answer().complete(ScriptedSignIn.user("researcher", Role.RESEARCHER));
        service.end("Your sign-in has ended; sign in again.");
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.messageProperty().get()).isEqualTo("Your sign-in has ended; sign in again.");
        assertThat(vm.userNameProperty().get()).isNull();
    }

    @Test
    void theWaitingLineSaysWhereThePageIs() throws Exception {
        BrowserOpener window = new BrowserOpener() {
            @Override
            public void open(URI url) {}

            @Override
            public String place() {
                return "the sign-in window";
            }
        };
        SignInViewModel inApp = new SignInViewModel(service, () -> provider, window, UiThread.sameThread());
        inApp.signIn();
        service.last().browser().open(URI.create("http://127.0.0.1:4321/oauth2/authorize"));
        assertThat(inApp.waitingProperty().get()).isEqualTo("Signing in… finish in the sign-in window");
    }

    @Test
    void roleNamesFromAnyProviderReadAsWords() {
        assertThat(SignInViewModel.label("data_steward")).isEqualTo("Data steward");
        assertThat(SignInViewModel.label("researcher")).isEqualTo("Researcher");
    }
}

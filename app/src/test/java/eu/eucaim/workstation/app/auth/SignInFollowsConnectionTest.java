package eu.eucaim.workstation.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.SignedIn;
import eu.eucaim.workstation.api.auth.UserIdentity;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.testing.ScriptedSignIn;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sign-in belongs to its provider (issue 13 item 5): when the connection changes it is kept, carried over or
 * shown signed out; a server's refusal of its token offers to sign in again.
 */
class SignInFollowsConnectionTest {
    static final URI NODE_A = URI.create("http://127.0.0.1:4321");
    static final URI NODE_B = URI.create("https://node-b.example.org/");

    final ScriptedSignIn service = new ScriptedSignIn();
    URI providerNow = NODE_A;
    final SignInViewModel vm = new SignInViewModel(
            service,
            () -> CompletableFuture.completedFuture(new SignInViewModel.Provider(providerNow, "eucaim-workstation")),
            url -> {},
            UiThread.sameThread());

    static SignedIn researcherAt(URI issuer) {
        return new SignedIn(
                issuer,
                "eucaim-workstation",
                new UserIdentity("sub-r", "researcher", "Demo researcher", null, Set.of(Role.RESEARCHER), List.of()));
    }

    @BeforeEach
    void signInAtA() {
        vm.signIn();
        service.last().answer().complete(researcherAt(NODE_A));
        assertThat(vm.signedInProperty().get()).isTrue();
    }

    @Test
    void theSameProviderKeepsTheSignIn() {
        providerNow = URI.create("http://127.0.0.1:4321/");
        vm.followConnection().join();
        assertThat(vm.signedInProperty().get()).isTrue();
        assertThat(service.restores).isEmpty();
    }

    @Test
    void anotherProviderRestoresTheSignInThereWhenItCan() {
        providerNow = URI.create("http://127.0.0.1:5555"); // the embedded node started again on another port
        CompletableFuture<Void> followed = vm.followConnection();
        assertThat(vm.restoringProperty().get()).isTrue();
        assertThat(service.restores).hasSize(1);
        service.restores.get(0).complete(Optional.of(researcherAt(providerNow)));
        followed.join();
        assertThat(vm.signedInProperty().get()).isTrue();
        assertThat(vm.userNameProperty().get()).isEqualTo("researcher");
    }

    @Test
    void anotherProviderWithoutTheSignInShowsSignedOutAndWhy() {
        providerNow = NODE_B;
        CompletableFuture<Void> followed = vm.followConnection();
        service.restores.get(0).completeExceptionally(ScriptedSignIn.failure("The saved sign-in is for " + NODE_A));
        followed.join();
        assertThat(vm.statusProperty().get()).isEqualTo(SignInStatus.SIGNED_OUT);
        assertThat(vm.userNameProperty().get()).isNull();
        assertThat(vm.roles()).isEmpty();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Signed out: you were signed in at " + NODE_A + ", and the connection now signs in at "
                        + NODE_B + ".");
    }

    @Test
    void aRefusedTokenOffersToSignInAgainWhichSignsInWithTheProviderNow() {
        service.refuse("127.0.0.1:4321 did not accept your sign-in: The access token's issuer is not trusted");
        assertThat(vm.refusalProperty().get()).contains("not trusted");
        assertThat(vm.signedInProperty().get())
                .as("other servers may still accept it")
                .isTrue();

        providerNow = NODE_B;
        vm.signInAgain();
        assertThat(service.signOuts).isEqualTo(1);
        assertThat(vm.refusalProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(service.last().issuer()).isEqualTo(NODE_B);
    }

    @Test
    void aRefusalWhileSignedOutIsNotShown() {
        vm.signOut();
        service.refuse("late answer of an old call");
        assertThat(vm.refusalProperty().get()).isNull();
    }
}

package eu.eucaim.workstation.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.negotiation.HalLists;
import eu.eucaim.workstation.api.negotiation.Notification;
import eu.eucaim.workstation.api.negotiation.NotificationRead;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.testing.ScriptedNegotiations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class NegotiationAlertsViewModelTest {
    private final List<Notification> onNode = new ArrayList<>();
    private final List<NotificationRead> marked = new ArrayList<>();
    private final List<String> popped = new ArrayList<>();
    private final List<Integer> summaries = new ArrayList<>();

    private final ScriptedNegotiations service = new ScriptedNegotiations() {
        @Override
        public CompletableFuture<UserInfo> userInfo() {
            record("userInfo");
            return CompletableFuture.completedFuture(
                    Json.mapper().convertValue(Map.of("id", "7", "roles", List.of("ROLE_RESEARCHER")), UserInfo.class));
        }

        @Override
        public CompletableFuture<HalLists.Notifications> notifications(String userId, int page, int size) {
            record("notifications", userId, page, size);
            return CompletableFuture.completedFuture(
                    new HalLists.Notifications(new HalLists.NotificationsEmbedded(List.copyOf(onNode)), null));
        }

        @Override
        public CompletableFuture<Void> markRead(String userId, List<NotificationRead> marks) {
            record("markRead", userId);
            marked.addAll(marks);
            return CompletableFuture.completedFuture(null);
        }
    };

    private final NegotiationAlertsViewModel vm =
            new NegotiationAlertsViewModel(service, UiThread.sameThread(), n -> popped.add(n.title()), summaries::add);

    private static Notification note(long id, String negotiation, boolean read) {
        return new Notification(id, 7, negotiation, "2026-12-05T10:00:00", "Title " + id, "Message " + id, read);
    }

    @Test
    void theFirstPollOnlyCountsLaterOnesPopUpEachNewNotificationOnce() {
        onNode.add(note(1, "n1", false));
        onNode.add(note(2, "n1", true));
        vm.poll().join();
        assertThat(popped).isEmpty();
        assertThat(vm.badgeProperty().get()).isEqualTo("1");

        onNode.add(note(3, "n2", false));
        vm.poll().join();
        vm.poll().join();
        assertThat(popped).containsExactly("Title 3");
        assertThat(vm.badgeProperty().get()).isEqualTo("2");
        assertThat(service.calls).containsOnlyOnce("userInfo");
    }

    @Test
    void manyAtOnceAreOneSummary() {
        vm.poll().join();
        for (long i = 1; i <= 5; i++) {
            onNode.add(note(i, "n1", false));
        }
        vm.poll().join();
        assertThat(popped).isEmpty();
        assertThat(summaries).containsExactly(5);
    }

    @Test
    void openingANegotiationMarksItsNotificationsRead() {
        onNode.add(note(1, "n1", false));
        onNode.add(note(2, "n2", false));
        vm.poll().join();
        vm.opened("n1");
        assertThat(marked).containsExactly(new NotificationRead(1, true));
        assertThat(vm.badgeProperty().get()).isEqualTo("1");
        vm.opened("n1");
        assertThat(marked).hasSize(1);
    }
}

package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.api.negotiation.HalLists;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.negotiation.Notification;
import eu.eucaim.workstation.api.negotiation.NotificationRead;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.app.fx.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the Negotiator tells the user (a status change, a new message), from its notifications API, polled: the
 * number of unread ones for the tab's badge, and each new one once for a desktop notification. Opening a
 * negotiation marks its notifications read. A poll that fails changes nothing (the node may be away).
 */
public final class NegotiationAlertsViewModel {
    static final int PAGE = 50;
    /** More new notifications than this at once are told as one summary, not one popup each. */
    static final int SINGLY = 3;

    private final NegotiationService negotiations;
    private final Executor ui;
    private final Consumer<Notification> alert;
    private final Consumer<Integer> summary;
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
    private final List<Notification> latest = new ArrayList<>();
    private String userId;
    private long newestSeen = -1;
    private boolean polling;

    /**
     * @param alert   told of each new notification (a desktop notification)
     * @param summary told how many arrived at once when they are more than {@link #SINGLY}
     */
    public NegotiationAlertsViewModel(
            NegotiationService negotiations, Executor ui, Consumer<Notification> alert, Consumer<Integer> summary) {
        this.negotiations = negotiations;
        this.ui = ui;
        this.alert = alert;
        this.summary = summary;
    }

    /** One poll; the first only notes what is there (what was unread before the app started is not popped up). */
    public CompletableFuture<Void> poll() {
        if (polling) {
            return CompletableFuture.completedFuture(null);
        }
        polling = true;
        CompletableFuture<String> me = userId != null
                ? CompletableFuture.completedFuture(userId)
                : negotiations.userInfo().thenApply(UserInfo::id);
        CompletableFuture<HalLists.Notifications> page = me.thenCompose(id -> negotiations.notifications(id, 0, PAGE));
        CompletableFuture<Void> done = new CompletableFuture<>();
        UiThread.deliver(
                page,
                ui,
                list -> {
                    polling = false;
                    userId = me.join();
                    take(list.items());
                    done.complete(null);
                },
                failure -> {
                    polling = false;
                    done.complete(null);
                });
        return done;
    }

    private void take(List<Notification> items) {
        latest.clear();
        latest.addAll(items);
        List<Notification> fresh =
                items.stream().filter(n -> !n.read() && n.id() > newestSeen).toList();
        boolean first = newestSeen < 0;
        newestSeen = Math.max(
                newestSeen, items.stream().mapToLong(Notification::id).max().orElse(0));
        if (!first) {
            if (fresh.size() > SINGLY) {
                summary.accept(fresh.size());
            } else {
                fresh.forEach(alert);
            }
        }
        count();
    }

    private void count() {
        int n = (int) latest.stream().filter(x -> !x.read()).count();
        unread.set(n);
        badge.set(n == 0 ? "" : n >= PAGE ? PAGE + "+" : Integer.toString(n));
    }

    /** The user opened {@code negotiationId}: its unread notifications are marked read, here and on the node. */
    public void opened(String negotiationId) {
        List<NotificationRead> marks = latest.stream()
                .filter(n -> !n.read() && negotiationId.equals(n.negotiationId()))
                .map(n -> new NotificationRead(n.id(), true))
                .toList();
        if (marks.isEmpty() || userId == null) {
            return;
        }
        latest.replaceAll(n -> !n.read() && negotiationId.equals(n.negotiationId())
                ? new Notification(
                        n.id(), n.recipientId(), n.negotiationId(), n.createdAt(), n.title(), n.message(), true)
                : n);
        count();
        negotiations.markRead(userId, marks);
    }

    /** Signed out: nothing is known any more. */
    public void reset() {
        userId = null;
        newestSeen = -1;
        latest.clear();
        count();
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** The unread count for the tab ("" for none). */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }
}

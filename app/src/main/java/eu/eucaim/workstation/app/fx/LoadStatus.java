package eu.eucaim.workstation.app.fx;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether a view-model is loading and, if the last load failed, why. Every tab shows the same spinner and the
 * same error-with-Retry from this, so the state lives in one small class.
 */
public final class LoadStatus {
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);

    public void started() {
        loading.set(true);
    }

    public void succeeded() {
        loading.set(false);
        error.set(null);
    }

    public void failed(Throwable failure) {
        loading.set(false);
        error.set(Errors.describe(failure));
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The failure message, or null when the last load succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    public String getError() {
        return error.get();
    }
}

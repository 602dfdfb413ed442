package eu.eucaim.workstation.app.selection;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.platform.UserDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionViewModelTest {
    @TempDir
    Path home;

    private UserDirectories dirs() {
        return new UserDirectories(home.resolve("data"), home.resolve("config"));
    }

    private SelectionViewModel open() {
        return new SelectionViewModel(SelectionStore.in(dirs()), Runnable::run, Runnable::run);
    }

    @Test
    void changesAreSavedAndReadBack() {
        SelectionViewModel vm = open();
        vm.add("a", "Dataset A");
        vm.add("b", "Dataset B");
        vm.add("a", "Dataset A");
        vm.add("c", "Dataset C");
        vm.remove("c");
        assertThat(vm.countProperty().get()).isEqualTo(2);

        SelectionViewModel again = open();
        assertThat(again.items())
                .containsExactly(new SelectedDataset("a", "Dataset A"), new SelectedDataset("b", "Dataset B"));
        assertThat(again.warningProperty().get()).isNull();
        again.clear();
        assertThat(open().items()).isEmpty();
    }

    @Test
    void aCorruptFileStartsEmptySaysSoAndKeepsTheOldFile() throws Exception {
        Path file = home.resolve("config/selection.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"datasets\": [ {\"id\": ");
        SelectionViewModel vm = open();
        assertThat(vm.items()).isEmpty();
        assertThat(vm.warningProperty().get()).contains("selection file could not be read");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("selection.json.unreadable-"));
        }
        vm.add("a", "A");
        assertThat(open().items()).hasSize(1);
    }

    @Test
    void entriesWithoutIdAreDropped() throws Exception {
        Path file = home.resolve("config/selection.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"datasets\":[{\"id\":\"a\"},{\"title\":\"no id\"},null,{\"id\":\"a\"}]}");
        assertThat(open().items()).containsExactly(new SelectedDataset("a", "a"));
    }
}

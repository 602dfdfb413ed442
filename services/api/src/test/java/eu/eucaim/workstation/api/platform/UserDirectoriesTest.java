package eu.eucaim.workstation.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirectoriesTest {
    @Test
    void linuxFollowsXdgAndIgnoresRelativeValues() {
        UserDirectories d = UserDirectories.detect(
                "Linux", Map.of("XDG_DATA_HOME", "/x/data", "XDG_CONFIG_HOME", "rel"), "/home/u", null);
        assertThat(d.data()).isEqualTo(Path.of("/x/data/eucaim"));
        assertThat(d.config()).isEqualTo(Path.of("/home/u/.config/eucaim"));
    }

    @Test
    void windowsUsesAppData() {
        UserDirectories d = UserDirectories.detect(
                "Windows 11", Map.of("APPDATA", "/C/Users/u/AppData/Roaming"), "/C/Users/u", null);
        assertThat(d.data()).isEqualTo(Path.of("/C/Users/u/AppData/Roaming/EUCAIM/data"));
    }

    @Test
    void macUsesApplicationSupport() {
        UserDirectories d = UserDirectories.detect("Mac OS X", Map.of(), "/Users/u", null);
        assertThat(d.config()).isEqualTo(Path.of("/Users/u/Library/Application Support/EUCAIM/config"));
    }

    @Test
    void overrideWins() {
        UserDirectories d = UserDirectories.detect("Linux", Map.of("EUCAIM_HOME", "/env"), "/home/u", "/prop");
        assertThat(d.data()).isEqualTo(Path.of("/prop/data"));
        assertThat(UserDirectories.detect("Linux", Map.of("EUCAIM_HOME", "/env"), "/home/u", null)
                        .data())
                .isEqualTo(Path.of("/env/data"));
    }

    /** The app's own folders: created private, and made private when an earlier version left them open (755). */
    @Test
    void makePrivateCreatesBothFoldersPrivateAndTightensAnOpenOne(@TempDir Path home) throws Exception {
        Posix.assumeSupportedAt(home);
        Path data = Posix.folder(home.resolve("data"), "rwxr-xr-x");
        Path sub = Posix.folder(data.resolve("node"), "rwxr-xr-x");
        UserDirectories dirs = new UserDirectories(data, home.resolve("config"));

        dirs.makePrivate();

        assertThat(Posix.mode(data)).isEqualTo("rwx------");
        assertThat(Posix.mode(dirs.config())).isEqualTo("rwx------");
        assertThat(Posix.mode(sub)).as("what is inside is the node's to check").isEqualTo("rwxr-xr-x");
        try (var made = Files.list(home)) {
            assertThat(made).hasSize(2);
        }
    }
}

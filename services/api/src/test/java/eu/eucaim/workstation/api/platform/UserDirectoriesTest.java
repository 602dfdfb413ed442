package eu.eucaim.workstation.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}

package eu.eucaim.workstation.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every "Become a …" card has a page, with its source named; the User's covers what the user guide does. */
class RolePageTest {
    @Test
    void everyRoleHasAPageThatNamesItsSource() {
        for (Role role : Role.values()) {
            RolePage page = RolePage.of(role);
            assertThat(page.title()).as(role.name()).isEqualTo("Become a " + role.title());
            assertThat(page.source()).as(role.name()).contains("https://");
            assertThat(page.sections())
                    .as(role.name())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.points()).isNotEmpty());
        }
    }

    @Test
    void theUsersPageSaysWhatEucaimProvidesHowToRegisterHowToRequestDataAndTheRules() {
        RolePage user = RolePage.of(Role.USER);
        assertThat(user.sections().stream().map(RolePage.Section::heading))
                .containsExactly(
                        "What EUCAIM provides",
                        "How to register",
                        "How a data request works",
                        "Rules of participation");
        assertThat(String.join(" ", user.sections().get(1).points())).contains("LS-AAI", "EUCAIM group");
        assertThat(String.join(" ", user.sections().get(2).points())).contains("Negotiator", "ethics approval");
    }

    @Test
    void theMarkdownIsReadAsTitleSourceSectionsAndPoints() {
        RolePage p = RolePage.parse("# T\nFrom somewhere,\nhttps://x.example.\n\n## A\n- one\n- two\n\n## B\nplain\n");
        assertThat(p.title()).isEqualTo("T");
        assertThat(p.source()).isEqualTo("From somewhere, https://x.example.");
        assertThat(p.sections())
                .containsExactly(
                        new RolePage.Section("A", java.util.List.of("one", "two")),
                        new RolePage.Section("B", java.util.List.of("plain")));
    }
}

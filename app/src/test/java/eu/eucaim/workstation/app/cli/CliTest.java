package eu.eucaim.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.app.cli.dicom.DicomCommand;
import eu.eucaim.workstation.app.cli.dicom.ScanCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Usage: eucaim")
                .contains("Commands:")
                .containsPattern("(?m)^\\s+node\\s");
    }

    @Test
    void helpListsEverySubcommandThoughTheyAreAddedLazily() {
        assertThat(run("--help")).isZero();
        for (String name : new String[] {"node", "dicom", "view", "login", "logout", "whoami", "query"}) {
            assertThat(out.toString()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        String[] scan = {"dicom", "scan", "x"};
        assertThat(Subcommands.named(EucaimCommand.SUBCOMMANDS, scan, 0)).containsExactly(DicomCommand.class);
        assertThat(Subcommands.named(DicomCommand.SUBCOMMANDS, scan, 1)).containsExactly(ScanCommand.class);
        assertThat(Subcommands.named(EucaimCommand.SUBCOMMANDS, new String[] {"frobnicate"}, 0))
                .isEqualTo(EucaimCommand.SUBCOMMANDS);
        assertThat(Subcommands.named(DicomCommand.SUBCOMMANDS, new String[] {"dicom"}, 1))
                .isEqualTo(DicomCommand.SUBCOMMANDS);
    }

    @Test
    void dicomHelpListsEveryDicomSubcommand() {
        assertThat(run("dicom", "--help")).isZero();
        for (String name : new String[] {"dump", "pixels", "render", "scan", "demo"}) {
            assertThat(out.toString()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void aSubcommandsUsageNamesItsFullPath() {
        assertThat(run("dicom", "scan")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: eucaim dicom scan");
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString())
                .startsWith("EUCAIM Workstation ")
                .doesNotContain("${")
                .contains("Java ");
        assertThat(VersionProvider.projectVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void optionsWithoutASubcommandAskForOne() {
        assertThat(run("--nonsense")).isEqualTo(2);
        assertThat(err.toString()).contains("--nonsense");
    }
}

package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where whole instances wait to be kept: a folder for this process and its user alone. */
class FetchFolderTest {
    @TempDir
    Path tmp;

    @Test
    void thisProcesssFolderIsItsUsersAloneAndThoseOfProcessesGoneAreDeleted() throws Exception {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        // A process number no process has (above Linux's largest), with a part it left.
        Path stale = Files.createDirectories(tmp.resolve(FetchFolder.PREFIX + "4194305"));
        Files.write(stale.resolve("part-1.dcm"), new byte[10]);

        Path mine = FetchFolder.forThisProcess(tmp);

        assertThat(mine.getFileName().toString())
                .isEqualTo(FetchFolder.PREFIX + ProcessHandle.current().pid());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)))
                .isEqualTo("rwx------");
        assertThat(stale).doesNotExist();
    }

    @Test
    void aFolderRemovedUnderTheRunningAppIsMadeAgainForItsUserAlone() throws Exception {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path mine = FetchFolder.forThisProcess(tmp);
        Files.delete(mine); // a clean-up of the temporary folder

        FetchFolder.make(mine); // as RemoteImages makes it again before a fetch

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)))
                .isEqualTo("rwx------");
    }
}

package eu.eucaim.workstation.api.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folders and files only their owner may use, for what holds secrets (the node's database, the sign-in): mode 700
 * (folders) and 600 (files) on POSIX systems; on Windows an ACL with a single entry, the owner's ({@link OwnerAcl}).
 * A file system with neither (FAT) has nothing to set, and is left as it is.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private OwnerOnly() {}

    /**
     * Creates {@code dir} and its missing parents, each private from the start on POSIX (mode 700) and made so
     * right after creation on Windows. Folders that already exist are not changed.
     */
    public static Path createFolders(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        List<Path> missing = new ArrayList<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        Files.createDirectories(dir);
        for (Path p : missing) {
            restrict(p);
        }
        return dir;
    }

    /** Creates an empty file private from the start on POSIX (mode 600) and made so right after on Windows. */
    public static Path createFile(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.createFile(file);
        restrict(file);
        return file;
    }

    /** Makes an existing folder (700) or file (600) private to its owner; nothing where there are no permissions. */
    public static void restrict(Path path) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(Files.isDirectory(path) ? FOLDER : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(OwnerAcl.ownerOnly(acl.getOwner(), Files.isDirectory(path)));
        }
    }

    /**
     * Who else may use {@code path}, in words ({@code "mode 755"}, {@code "BUILTIN\Users, Everyone"}), or empty
     * when only its owner may. POSIX: any permission bit of group or others (read, write, or a folder's search bit,
     * which opens files whose names are known). Windows: see {@link OwnerAcl#others}.
     */
    public static Optional<String> openToOthers(Path path) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> perms = posix.readAttributes().permissions();
            return OWNER.containsAll(perms) ? Optional.empty() : Optional.of("mode " + octal(perms));
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return Optional.empty();
        }
        List<String> others = OwnerAcl.others(acl.getAcl(), OwnerAcl.trusted(acl.getOwner()));
        return others.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", others));
    }

    /** How to make {@code dir} private by hand, for messages. */
    public static String howToRestrict(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null
                ? "chmod 700 '" + dir + "'"
                : "leave only yourself in the Security tab of its Properties";
    }

    static String octal(Set<PosixFilePermission> perms) {
        int mode = 0;
        for (PosixFilePermission p : perms) {
            mode |= 0400 >> p.ordinal(); // the enum is in ls order: OWNER_READ ... OTHERS_EXECUTE
        }
        return Integer.toOctalString(mode);
    }
}

package eu.eucaim.workstation.api.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Owner-only access on file systems with ACLs instead of POSIX modes (Windows, through
 * {@link AclFileAttributeView}). The rules are plain functions of ACL entries, so that they are tested on every
 * platform; {@link OwnerOnly} applies them to files.
 */
final class OwnerAcl {
    /** What lets a principal read, change or take over a file or a folder's entries. */
    private static final Set<AclEntryPermission> USE = EnumSet.of(
            AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA,
            AclEntryPermission.APPEND_DATA,
            AclEntryPermission.DELETE_CHILD,
            AclEntryPermission.WRITE_ACL,
            AclEntryPermission.WRITE_OWNER);

    private OwnerAcl() {}

    /**
     * One entry: everything for the owner; on a folder inherited by what is created in it later. The JDK writes the
     * list as the whole DACL (SetFileSecurity), so the parent's inherited entries are gone; the DACL is not marked
     * protected, so a change someone later propagates down from a parent folder could add entries back.
     */
    static List<AclEntry> ownerOnly(UserPrincipal owner, boolean folder) {
        AclEntry.Builder entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    /**
     * The names of the principals, other than {@code trusted} ones, that an entry allows to use the file (also
     * entries only inherited by new children: those would be readable). Deny entries are not subtracted, so this
     * never says less than the truth.
     */
    static List<String> others(List<AclEntry> acl, Set<UserPrincipal> trusted) {
        Set<String> names = new LinkedHashSet<>();
        for (AclEntry e : acl) {
            if (e.type() == AclEntryType.ALLOW
                    && !trusted.contains(e.principal())
                    && e.permissions().stream().anyMatch(USE::contains)) {
                names.add(e.principal().getName());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The owner and whoever the user's profile folder ({@code user.home}) allows in: by default the system and
     * the administrators. They can read the profile, where the app keeps its folders, so a folder open to them
     * is no more open than the app's own. Windows names these groups in the system's language, so they are taken
     * from the profile's ACL rather than matched by name.
     */
    static Set<UserPrincipal> trusted(UserPrincipal owner) throws IOException {
        Set<UserPrincipal> trusted = new LinkedHashSet<>();
        trusted.add(owner);
        AclFileAttributeView home =
                Files.getFileAttributeView(Path.of(System.getProperty("user.home")), AclFileAttributeView.class);
        if (home != null) {
            for (AclEntry e : home.getAcl()) {
                if (e.type() == AclEntryType.ALLOW) {
                    trusted.add(e.principal());
                }
            }
        }
        return trusted;
    }
}

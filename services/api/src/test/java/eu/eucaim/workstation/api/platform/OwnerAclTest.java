package eu.eucaim.workstation.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Windows rules as functions of ACL entries, on every platform (the JDK's Windows principals are compared by
 * SID, as these are by name).
 */
class OwnerAclTest {
    private record Principal(String getName) implements UserPrincipal {}

    private static final UserPrincipal ME = new Principal("PC\\me");
    private static final UserPrincipal SYSTEM = new Principal("NT-AUTORITÄT\\SYSTEM");
    private static final UserPrincipal USERS = new Principal("BUILTIN\\Users");
    private static final UserPrincipal EVERYONE = new Principal("Everyone");

    private static AclEntry entry(AclEntryType type, UserPrincipal who, AclEntryPermission... permissions) {
        return AclEntry.newBuilder()
                .setType(type)
                .setPrincipal(who)
                .setPermissions(permissions)
                .build();
    }

    @Test
    void ownerOnlyIsOneEntryWithEverythingForTheOwnerInheritedByAFoldersContent() {
        List<AclEntry> folder = OwnerAcl.ownerOnly(ME, true);
        assertThat(folder).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(e.principal()).isEqualTo(ME);
            assertThat(e.permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
            assertThat(e.flags()).containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        });
        assertThat(OwnerAcl.ownerOnly(ME, false))
                .singleElement()
                .satisfies(e -> assertThat(e.flags()).isEmpty());
        assertThat(OwnerAcl.others(folder, Set.of(ME))).isEmpty();
    }

    @Test
    void othersAreThoseAllowedToReadWriteOrTakeOverButNotTrusted() {
        List<AclEntry> acl = List.of(
                entry(AclEntryType.ALLOW, ME, AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA),
                entry(AclEntryType.ALLOW, SYSTEM, AclEntryPermission.READ_DATA),
                entry(AclEntryType.ALLOW, USERS, AclEntryPermission.READ_DATA, AclEntryPermission.EXECUTE),
                entry(AclEntryType.ALLOW, EVERYONE, AclEntryPermission.WRITE_ACL),
                entry(AclEntryType.ALLOW, new Principal("Guest"), AclEntryPermission.READ_ATTRIBUTES),
                entry(AclEntryType.DENY, new Principal("Bob"), AclEntryPermission.READ_DATA));
        assertThat(OwnerAcl.others(acl, Set.of(ME, SYSTEM))).containsExactly("BUILTIN\\Users", "Everyone");
    }

    @Test
    void aDenyEntryDoesNotHideAnAllowOne() {
        List<AclEntry> acl = List.of(
                entry(AclEntryType.DENY, USERS, AclEntryPermission.READ_DATA),
                entry(AclEntryType.ALLOW, USERS, AclEntryPermission.READ_DATA));
        assertThat(OwnerAcl.others(acl, Set.of(ME))).containsExactly("BUILTIN\\Users");
    }
}

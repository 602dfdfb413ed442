package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.util.UUID;

class H2AuthStorageTest extends AuthStorageContract {
    @Override
    protected Database openDatabase() {
        return Database.open(new JdbcTarget("jdbc:h2:mem:auth-storage-" + UUID.randomUUID(), "sa", ""));
    }
}

package eu.eucaim.workstation.node;

import java.nio.file.Path;

/** The access models and retrieval log on the embedded H2 database. */
class H2ImageAccessModelTest extends ImageAccessModelContract {
    @Override
    NodeConfig config(Path dir) {
        return NodeConfig.defaults(dir, 1).withDatasetCount(40);
    }
}

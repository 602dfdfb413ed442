package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;

/** The DICOMweb contract on the node's default database, H2. */
class H2DicomWebTest extends DicomWebContract {
    @Override
    NodeConfig config(Path temp) {
        return NodeConfig.defaults(temp, 1);
    }
}

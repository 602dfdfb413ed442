package eu.eucaim.workstation.node.demo.images;

import java.nio.file.Path;
import java.util.List;

/** One written demo series: its identity and files (in instance order). */
public record GeneratedSeries(DemoImageKind kind, String studyInstanceUid, String seriesInstanceUid, List<Path> files) {
    public GeneratedSeries {
        files = List.copyOf(files);
    }
}

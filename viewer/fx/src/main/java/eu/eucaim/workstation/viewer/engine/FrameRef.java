package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.source.InstanceSource;

/** One frame of one instance: where the instance is, and the frame, 0-based. A value: it keys the cache. */
public record FrameRef(InstanceSource source, int frame) {}

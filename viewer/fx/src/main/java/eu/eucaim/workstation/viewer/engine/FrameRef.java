package eu.eucaim.workstation.viewer.engine;

/** One frame of one instance: {@code source} is a file path or "archive.zip!/entry"; {@code frame} is 0-based. */
public record FrameRef(String source, int frame) {}

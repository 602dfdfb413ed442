package eu.eucaim.workstation.api.catalogue;

public record ContactPoint(String name, String email) {}

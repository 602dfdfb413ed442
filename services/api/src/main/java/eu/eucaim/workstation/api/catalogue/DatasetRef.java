package eu.eucaim.workstation.api.catalogue;

public record DatasetRef(String id, String title, int subjects, int studies) {}

package eu.eucaim.workstation.api.catalogue;

import java.util.List;

/** An imaging biobank (data holder) with its datasets. {@code country} is ISO 3166-1 alpha-2. */
public record Biobank(
        String id, String name, String country, String city, String description, List<DatasetRef> datasets) {}

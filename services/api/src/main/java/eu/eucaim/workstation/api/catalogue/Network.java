package eu.eucaim.workstation.api.catalogue;

import java.util.List;

/** A network of imaging biobanks (the BBMRI-ERIC Directory hierarchy: network → biobank → dataset). */
public record Network(String id, String name, String description, List<Biobank> biobanks) {}

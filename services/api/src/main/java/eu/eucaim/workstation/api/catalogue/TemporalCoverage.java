package eu.eucaim.workstation.api.catalogue;

import java.time.LocalDate;

public record TemporalCoverage(LocalDate start, LocalDate end) {}

package eu.eucaim.workstation.dicom.study;

import java.util.List;

public record Patient(String patientId, String name, List<Study> studies) {}

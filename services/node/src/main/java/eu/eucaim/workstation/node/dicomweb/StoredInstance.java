package eu.eucaim.workstation.node.dicomweb;

/**
 * One instance of the DICOM store as its index row holds it: where the file is, what it is, whom it belongs to and
 * the attributes QIDO-RS matches and returns (null where the file has none).
 *
 * @param relativePath the file below the store's folder, made by the store from the SOP Instance UID's hash
 */
public record StoredInstance(
        String sopInstanceUid,
        String sopClassUid,
        String studyInstanceUid,
        String seriesInstanceUid,
        String transferSyntaxUid,
        Integer numberOfFrames,
        Integer rows,
        Integer columns,
        Integer bitsAllocated,
        Integer instanceNumber,
        long size,
        String relativePath,
        StudyOwner owner,
        long storedAt,
        String patientName,
        String patientId,
        String patientBirthDate,
        String patientSex,
        String studyDate,
        String studyTime,
        String studyDescription,
        String studyId,
        String accessionNumber,
        String referringPhysicianName,
        String modality,
        Integer seriesNumber,
        String seriesDescription,
        String seriesDate,
        String seriesTime,
        String bodyPartExamined) {}

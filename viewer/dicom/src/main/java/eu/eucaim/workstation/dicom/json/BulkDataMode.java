package eu.eucaim.workstation.dicom.json;

/** What the JSON writer does with pixel data and values left in the file. */
public enum BulkDataMode {
    /** Read and write them as InlineBinary (dcm2json's behaviour for native pixel data). */
    INLINE,
    /** Write a BulkDataURI: {@code file:///path?offset=N&length=M} (encapsulated: the whole element). */
    URI,
    /** Write only the VR. */
    OMIT
}

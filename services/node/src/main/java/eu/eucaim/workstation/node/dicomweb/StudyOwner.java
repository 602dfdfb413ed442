package eu.eucaim.workstation.node.dicomweb;

/**
 * Whom a stored study belongs to: the catalogue dataset it is published in, or, while unpublished (stored by
 * STOW-RS outside a dataset), the account that uploaded it.
 *
 * @param datasetId  the catalogue dataset's id, or null while the study is unpublished
 * @param uploader   the uploading caller's {@code Caller.account()}, or null for the node's own demo studies
 */
public record StudyOwner(String datasetId, String uploader) {
    public boolean published() {
        return datasetId != null;
    }
}

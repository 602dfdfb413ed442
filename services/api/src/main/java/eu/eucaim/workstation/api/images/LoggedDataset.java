package eu.eucaim.workstation.api.images;

/**
 * A dataset whose retrieval log the caller may read (they represent it, or are an admin), with the log's totals.
 *
 * @param retrievals how many retrievals of its image data the node logged
 * @param bytes      their bytes, summed
 * @param users      how many distinct accounts made them
 */
public record LoggedDataset(String datasetId, String title, long retrievals, long bytes, long users) {}

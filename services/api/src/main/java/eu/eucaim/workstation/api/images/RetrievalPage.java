package eu.eucaim.workstation.api.images;

import java.util.List;

/**
 * One page of a dataset's retrieval log, newest first, and the totals of everything the filter matched (not only
 * this page).
 *
 * @param page         0-based
 * @param retrievals   how many retrievals match the filter
 * @param bytes        their bytes, summed
 * @param users        how many distinct accounts made them
 */
public record RetrievalPage(
        String datasetId, List<Retrieval> items, int page, int size, long retrievals, long bytes, long users) {}

package eu.eucaim.workstation.node.demo;

/**
 * How many subjects a demo dataset has. Realistic sizes (40..1500) for a normal catalogue; for very large catalogues
 * (benchmarks with 10,000 datasets) the range shrinks so that generation stays well under a minute. Either way the
 * cohort is generated row by row, so a dataset's counts always equal its cohort.
 */
record CohortSizePolicy(int minSubjects, int maxSubjects) {
    static final int MIN = 40;
    static final int MAX = 1500;
    /** Above this many datasets the sizes scale down in proportion. */
    static final int FULL_SIZE_UP_TO = 50;

    static CohortSizePolicy forDatasetCount(int datasetCount) {
        if (datasetCount <= FULL_SIZE_UP_TO) {
            return new CohortSizePolicy(MIN, MAX);
        }
        double scale = (double) FULL_SIZE_UP_TO / datasetCount;
        int min = Math.max(1, (int) Math.round(MIN * scale));
        int max = Math.max(min + 1, (int) Math.round(MAX * scale));
        return new CohortSizePolicy(min, max);
    }

    /** Skewed towards small cohorts, as real collections are. */
    int draw(java.util.Random random) {
        double u = random.nextDouble();
        return minSubjects + (int) Math.floor((maxSubjects - minSubjects + 1) * u * u);
    }
}

package eu.eucaim.workstation.node.demo;

import eu.eucaim.workstation.api.catalogue.Dataset;

/** One generated dataset with the cohort behind it; {@code dataset.subjects()/studies()} equal the cohort's sizes. */
record GeneratedDataset(Dataset dataset, CohortRows cohort) {}

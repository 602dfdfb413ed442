package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.http.Caller;
import java.util.Optional;

/**
 * Decides, per study, whether a caller may use its images in a given way. The DICOMweb routes ask it for every
 * object they list or send: QIDO-RS lists only studies the caller may {@link ImageUse#SEARCH}; a refusal of a
 * direct request becomes 403 with the reason.
 */
@FunctionalInterface
public interface ImageAccessPolicy {
    /** Empty when allowed, else why not: one sentence for the 403's message, naming the dataset. */
    Optional<String> refusal(Caller caller, StudyOwner owner, ImageUse use);
}

/**
 * The access models for images as the node applies them (user guide 4.7): what the caller may do with a dataset's
 * images ({@link eu.eucaim.workstation.api.images.ImageAccess}), and the log of image retrievals a dataset's
 * representative reads ({@link eu.eucaim.workstation.api.images.RetrievalPage}).
 */
package eu.eucaim.workstation.api.images;

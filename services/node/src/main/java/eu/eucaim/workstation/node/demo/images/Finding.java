package eu.eucaim.workstation.node.demo.images;

/**
 * A lesion the generator put into a phantom (patient coordinates, mm): the sample series open on the image that
 * shows it, and say what it is.
 */
record Finding(String description, double x, double y, double z, double radius) {}

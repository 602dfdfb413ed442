package eu.eucaim.workstation.api.catalogue;

/** EUCAIM-DCAT-AP access rights of a dataset. */
public enum AccessRights {
    PUBLIC,
    RESTRICTED,
    NON_PUBLIC
}

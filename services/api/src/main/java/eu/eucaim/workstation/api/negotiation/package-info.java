/**
 * The BBMRI-ERIC Negotiator v3 API's shapes (under {@code /api/v3}), as the real Negotiator sends them: the node
 * serves them and the client reads them. HAL links are kept as {@code _links}; dates are local date-times without
 * an offset, as upstream writes them.
 */
package eu.eucaim.workstation.api.negotiation;

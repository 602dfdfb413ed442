/**
 * Wire DTOs and service interfaces shared by the client ({@code services/client}) and the node
 * ({@code services/node}). Records only; no HTTP, no storage, no JavaFX.
 */
package eu.eucaim.workstation.api;

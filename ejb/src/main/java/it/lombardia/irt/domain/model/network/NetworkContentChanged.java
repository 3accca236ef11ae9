package it.lombardia.irt.domain.model.network;

/**
 * A network's content in force changed for some ASSTs: a new version was activated, or the network
 * was enabled, pinned or disabled for an ASST ({@code tenantCode} null: for every ASST following
 * it).
 */
public record NetworkContentChanged(String networkId, String tenantCode) {}

package it.lombardia.irt.spi.content;

/**
 * A clinical condition the network follows (e.g. heart failure) and the protocol (PDTA) that
 * governs it.
 */
public record ConditionDefinition(String id, Label name, Protocol protocol) {}

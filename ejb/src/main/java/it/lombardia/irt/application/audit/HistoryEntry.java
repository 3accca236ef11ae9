package it.lombardia.irt.application.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One revision of an entity as shown in its history: who, when, from where, what kind of change,
 * and the audited state after it.
 */
public record HistoryEntry(
    long revision,
    Instant time,
    String username,
    String tenantCode,
    String clientAddress,
    String change,
    Map<String, String> state) {}

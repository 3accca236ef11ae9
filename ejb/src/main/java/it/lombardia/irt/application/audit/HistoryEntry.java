package it.lombardia.irt.application.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One revision of an entity as shown in its history: who (account and name), when, from which ASST
 * and address, what kind of change, and the audited state after it.
 */
public record HistoryEntry(
    long revision,
    Instant time,
    String username,
    String userFullName,
    String tenantCode,
    String tenantName,
    String clientAddress,
    String change,
    Map<String, String> state) {}

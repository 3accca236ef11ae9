package it.lombardia.irt.application.supplier;

import java.time.Instant;

/**
 * A ticket's current escalation as the ASST's side sees it: the supplier, its state and reference,
 * and how the webhook hand-off stands ({@code null} status when the supplier has no webhook).
 */
public record EscalationView(
    String supplierCode,
    String supplierName,
    String supplierEmail,
    String state,
    String reference,
    Instant escalatedAt,
    Instant updatedAt,
    String handOffStatus,
    int handOffAttempts,
    String handOffError) {}

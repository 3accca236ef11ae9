package it.lombardia.irt.domain.model.monitoring;

import java.time.Instant;

/**
 * A missing-data rule found a patient's parameter silent since {@code since}; the alarm is raised.
 */
public record DataWentMissing(long patientId, Instant since) {}

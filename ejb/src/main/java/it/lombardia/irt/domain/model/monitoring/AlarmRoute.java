package it.lombardia.irt.domain.model.monitoring;

import java.time.Instant;

/**
 * Where an alarm goes: who must acknowledge it, by when, and who takes it over otherwise (null when
 * nobody is left: the operations centre keeps it).
 */
public record AlarmRoute(String recipient, Instant acknowledgeBy, String fallback) {}

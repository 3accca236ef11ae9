package it.lombardia.irt.spi.content;

/** Severity of a threshold crossing, in increasing order. */
public enum AlarmLevel {
  ATTENTION,
  ALARM,
  CRITICAL
}

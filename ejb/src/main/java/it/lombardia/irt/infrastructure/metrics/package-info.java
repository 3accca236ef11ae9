/**
 * What operations watch, for Prometheus (WildFly's micrometer subsystem serves {@code /metrics} on
 * the management port): readings taken in by outcome and the time to take them in, alarms waiting
 * for acknowledgement and their age, outbox backlogs. Counts and ages only, never patient data.
 */
package it.lombardia.irt.infrastructure.metrics;

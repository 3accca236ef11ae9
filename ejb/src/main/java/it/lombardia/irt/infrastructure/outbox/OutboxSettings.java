package it.lombardia.irt.infrastructure.outbox;

import it.lombardia.irt.domain.model.shared.OutboxEntry;
import it.lombardia.irt.domain.model.shared.RetryPolicy;

/**
 * What {@link OutboxScheduler} needs to know of one outbox: its name (the timer's, in logs), the
 * entity whose rows it sends, whether it sends at all (when not, rows wait: nothing is lost), how
 * often, and how a failure is retried.
 */
public record OutboxSettings<T extends OutboxEntry>(
    String name, Class<T> entries, boolean enabled, long pollSeconds, RetryPolicy retry) {}

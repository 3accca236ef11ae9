package it.lombardia.irt.domain.model.plan;

import it.lombardia.irt.spi.content.AlarmLevel;

/**
 * A care plan's own value for one of the protocol's thresholds (same parameter and level, same
 * direction); it must lie within the interval the plug-in allows to personalise.
 *
 * @param parameter LOINC code of the monitored parameter
 */
public record PersonalisedThreshold(String parameter, AlarmLevel level, double value) {}

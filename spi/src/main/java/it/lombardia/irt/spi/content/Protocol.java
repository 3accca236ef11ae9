package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * The reference protocol (PDTA) of a condition: who is eligible, what is measured and how often,
 * the default thresholds and how far a care plan may personalise them, the trend rules, what to do
 * at each alarm level, which services apply at which stage of the pathway, and who does what.
 *
 * @param sources ids of the {@link Source}s the protocol's values come from
 * @param devices ids of the {@link DeviceType}s usable for this protocol
 * @param questionnaires ids of the {@link Questionnaire}s used for patient-generated data
 */
public record Protocol(
    String id,
    Label name,
    List<String> sources,
    List<Criterion> inclusion,
    List<Criterion> exclusion,
    List<MonitoredParameter> parameters,
    List<Threshold> thresholds,
    List<TrendRule> trendRules,
    List<AlarmAction> alarmActions,
    List<PathwayStage> pathway,
    List<RaciEntry> roles,
    List<String> devices,
    List<String> questionnaires) {}

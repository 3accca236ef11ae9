package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * Everything a clinical network contributes in one version of its plug-in (seed 000 §5): its
 * clinical conditions with their protocols, the devices, the questionnaires, the tariff hypotheses
 * and the sources of every value.
 *
 * @param id kebab-case network id, stable across versions, e.g. {@code cardiology}
 * @param version the plug-in's own version, {@code major.minor.patch}
 * @param requiredSpi the SPI versions this plug-in works with, e.g. {@code [1.0,2.0)}
 */
public record NetworkDefinition(
    String id,
    String version,
    String requiredSpi,
    Label name,
    List<ConditionDefinition> conditions,
    List<DeviceType> devices,
    List<Questionnaire> questionnaires,
    List<TariffHypothesis> tariffs,
    List<Source> sources) {}

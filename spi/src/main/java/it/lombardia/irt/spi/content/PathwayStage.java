package it.lombardia.irt.spi.content;

import java.util.Set;

/**
 * A stage of the patient pathway (e.g. post-discharge, stable follow-up) and the services it uses.
 */
public record PathwayStage(String id, Label name, Set<TelemedicineService> services) {}

package it.lombardia.irt.application.encounter;

import it.lombardia.irt.spi.content.TelemedicineService;
import java.util.List;

/**
 * A new encounter: the patient and service, and the details the service needs — the in-person
 * diagnosis a televisit follows up and its NRE, the mode, question and consulted colleagues of a
 * teleconsult or teleconsultancy. The service of a booked encounter is its agenda's.
 */
public record EncounterForm(
    Long patientId,
    TelemedicineService service,
    Boolean synchronous,
    Boolean patientPresent,
    Long diagnosisId,
    String nre,
    String question,
    List<String> consulted,
    String note) {}

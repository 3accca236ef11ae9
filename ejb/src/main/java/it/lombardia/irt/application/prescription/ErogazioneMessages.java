package it.lombardia.irt.application.prescription;

import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.json.Json;
import java.time.Instant;

/**
 * The JSON of a delivered prescription, in the terms of the national e-prescription service's
 * "erogato" report (NRE, the patient's tax code, the delivering region and ASST, total delivery,
 * start and end in Italian time) plus how it was delivered: by video or, when the video failed, by
 * telephone. Nothing clinical beyond what the prescription already says.
 */
final class ErogazioneMessages {

  /** Regione Lombardia's code in the national e-prescription system. */
  static final String LOMBARDIA = "030";

  private ErogazioneMessages() {}

  static String delivered(String eventId, Encounter encounter, Patient patient, String doctor) {
    return Json.createObjectBuilder()
        .add("eventId", eventId)
        .add("tipoOperazione", "EROGAZIONE_TOTALE")
        .add("nre", encounter.getNre())
        .add("cfAssistito", patient.getCodiceFiscale())
        .add("codiceRegioneErogatore", LOMBARDIA)
        .add("erogatore", encounter.getTenantCode())
        .add("prestazione", "TELEVISITA")
        .add("modalita", encounter.getHeldByPhoneAt() == null ? "VIDEO" : "TELEFONO")
        .add("medicoErogatore", doctor)
        .add("dataInizioErogazione", italian(encounter.getStartedAt(), encounter.getEndedAt()))
        .add("dataFineErogazione", italian(encounter.getEndedAt(), encounter.getEndedAt()))
        .add("riferimento", encounter.getTenantCode() + "/encounter/" + encounter.getId())
        .build()
        .toString();
  }

  /** {@code when} (else {@code fallback}: an encounter held by phone may never have started). */
  private static String italian(Instant when, Instant fallback) {
    return (when == null ? fallback : when).atZone(Italy.ZONE).toOffsetDateTime().toString();
  }
}

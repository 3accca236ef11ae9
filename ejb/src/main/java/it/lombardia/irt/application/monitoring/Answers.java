package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.monitoring.Measurement;
import java.time.Instant;
import java.util.Map;

/**
 * A plug-in questionnaire's answers as a sender states them, before IRT checks them: whose (IRT
 * patient id or codice fiscale), which questionnaire (the plug-in's id), when they were given, the
 * sender's identifier, and each item's answer (item id → option code, or a number).
 *
 * @param field where the response sits in the sender's message, for precise error messages
 */
public record Answers(
    String field,
    Long patientId,
    String codiceFiscale,
    String questionnaireId,
    Instant authoredAt,
    Measurement.Identifier identifier,
    Map<String, String> answers) {

  /** How the response names its patient, for messages. */
  public String patientReference() {
    return patientId != null
        ? "Patient/" + patientId
        : "patient with codice fiscale " + codiceFiscale;
  }
}

package it.lombardia.irt.domain.model.training;

import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;

/**
 * A professional about to deliver a service without a valid training for it: none recorded, or the
 * latest expired on {@code expiredOn}.
 */
public record TrainingGap(String username, TelemedicineService service, LocalDate expiredOn) {

  /** The bundle key saying which (the Faces message; the API reads {@link #message()}). */
  public String key() {
    return expiredOn == null ? "error.training.missing" : "error.training.expired";
  }

  public String message() {
    return expiredOn == null
        ? username + " has no training recorded for " + service
        : username + "'s training for " + service + " expired on " + expiredOn;
  }

  RuleViolation refusal() {
    return new RuleViolation(
        key(), message() + ": the ASST requires it before the service is delivered");
  }
}

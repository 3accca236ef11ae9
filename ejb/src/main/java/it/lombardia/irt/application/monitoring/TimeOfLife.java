package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a patient's reading or answers may have been taken: not before the day they were born, and
 * not later than now plus the clock skew a device or app may have ({@code
 * irt.fhir.future-tolerance-seconds}). Anything else is a wrong clock or a wrong patient, and is
 * refused rather than charted.
 */
@ApplicationScoped
public class TimeOfLife {

  @Inject
  @ConfigProperty(name = "irt.fhir.future-tolerance-seconds", defaultValue = "300")
  long futureToleranceSeconds;

  /** Why {@code at} cannot be a time of {@code patient}'s data, if it cannot. */
  public Optional<String> refusal(Instant at, Patient patient, Instant now) {
    if (at.isAfter(now.plusSeconds(futureToleranceSeconds))) {
      return Optional.of(
          at
              + " is in the future (more than "
              + futureToleranceSeconds
              + " s after the server's clock)");
    }
    if (at.isBefore(patient.getBirthDate().atStartOfDay(Italy.ZONE).toInstant())) {
      return Optional.of(at + " is before the patient's date of birth");
    }
    return Optional.empty();
  }
}

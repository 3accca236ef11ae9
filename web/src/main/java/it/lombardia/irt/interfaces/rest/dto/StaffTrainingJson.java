package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.training.StaffTraining;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;

/** A {@link StaffTraining} as the REST API shows it. */
public record StaffTrainingJson(
    Long id,
    String username,
    String course,
    TelemedicineService service,
    LocalDate completedOn,
    LocalDate expiresOn,
    String recordedBy,
    Instant recordedAt) {

  public static StaffTrainingJson of(StaffTraining x) {
    return new StaffTrainingJson(
        x.getId(),
        x.getUsername(),
        x.getCourse(),
        x.getService(),
        x.getCompletedOn(),
        x.getExpiresOn(),
        x.getRecordedBy(),
        x.getRecordedAt());
  }
}

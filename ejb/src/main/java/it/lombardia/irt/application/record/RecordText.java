package it.lombardia.irt.application.record;

import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Italian words for what IRT writes in Italian: the outcome documents (referto, reports) and the
 * reasons it gives. The home-care record's entries are not written here: they are {@link
 * it.lombardia.irt.domain.model.record.EntryText messages} rendered in each reader's language.
 */
public final class RecordText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Map<TelemedicineService, String> SERVICES =
      Map.of(
          TelemedicineService.TELEVISIT, "televisita",
          TelemedicineService.TELECONSULT, "teleconsulto",
          TelemedicineService.HEALTH_TELECONSULTANCY, "teleconsulenza medico-sanitaria",
          TelemedicineService.TELEASSISTANCE, "teleassistenza",
          TelemedicineService.TELEMONITORING_LEVEL_1, "telemonitoraggio di livello 1",
          TelemedicineService.TELEMONITORING_LEVEL_2, "telemonitoraggio di livello 2",
          TelemedicineService.TELECONTROL, "telecontrollo",
          TelemedicineService.TELEREHABILITATION, "teleriabilitazione");

  private RecordText() {}

  public static String service(TelemedicineService service) {
    return SERVICES.get(service);
  }

  /** How far an objective of the PRI came, e.g. "in corso". */
  public static String objective(ObjectiveProgress.Status status) {
    return switch (status) {
      case NOT_STARTED -> "non iniziato";
      case IN_PROGRESS -> "in corso";
      case ACHIEVED -> "raggiunto";
    };
  }

  /** How a signed document names its patient: "Paziente: Rossi Mario — C.F. … — nato/a il …". */
  public static String patient(Patient patient) {
    return "Paziente: "
        + patient.getFamilyName()
        + " "
        + patient.getGivenName()
        + " — C.F. "
        + patient.getCodiceFiscale()
        + " — nato/a il "
        + date(patient.getBirthDate());
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}

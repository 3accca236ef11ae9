package it.lombardia.irt.application.record;

import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words of the home-care record. The record is clinical documentation of an Italian health
 * authority, so the entries IRT writes are in Italian, like the notes the care team writes in it.
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

  /** The services in their natural order, e.g. "televisita, telemonitoraggio di livello 1". */
  public static String services(Collection<TelemedicineService> services) {
    return services.stream().sorted().map(SERVICES::get).collect(Collectors.joining(", "));
  }

  /** The action taken on an alarm, e.g. "telefonata dell'infermiere". */
  public static String alarmAction(AlarmAction.Action action) {
    return switch (action) {
      case REVIEW_AT_NEXT_CONTACT -> "rivalutazione al prossimo contatto";
      case CALL_BY_NURSE -> "telefonata dell'infermiere";
      case CALL_BY_PHYSICIAN -> "telefonata del medico";
      case TELEVISIT -> "televisita prenotata";
      case HOME_VISIT -> "visita domiciliare";
      case EMERGENCY_118 -> "attivato il 118";
    };
  }

  /** How far an objective of the PRI is, e.g. "in corso". */
  public static String objective(ObjectiveProgress.Status status) {
    return switch (status) {
      case NOT_STARTED -> "non iniziato";
      case IN_PROGRESS -> "in corso";
      case ACHIEVED -> "raggiunto";
    };
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}

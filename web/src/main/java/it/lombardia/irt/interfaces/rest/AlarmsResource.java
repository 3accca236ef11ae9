package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.monitoring.AlarmPauses;
import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.interfaces.rest.dto.AlarmJson;
import it.lombardia.irt.interfaces.rest.dto.AlarmPauseJson;
import it.lombardia.irt.spi.content.AlarmAction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alarms over REST: the caller's inbox (most severe, then oldest, first), a patient's alarms, one
 * alarm, acknowledgement with the action taken, closure with the outcome; and the pauses of a
 * patient's alarms.
 */
@Tag(
    name = "Alarms",
    description =
        "Allarmi: la coda del chiamante (prima i più gravi e i più vecchi), gli allarmi di un paziente, presa in carico con l'azione svolta, chiusura con l'esito, pause. — Alarms: the caller's inbox (most severe and oldest first), a patient's alarms, acknowledgement with the action taken, closure with the outcome, pauses.")
@Path("alarms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlarmsResource {

  @Inject Alarms alarms;
  @Inject AlarmPauses pauses;
  @Inject Clock clock;

  /** Body of an acknowledgement. */
  public record Acknowledgement(AlarmAction.Action action, String note) {}

  /** Body of a closure. */
  public record Closure(String outcome) {}

  /** Body of a pause. */
  public record NewPause(Long patientId, Instant from, Instant until, String reason) {}

  /** The caller's inbox, or with {@code patient} that patient's alarms. */
  @GET
  public List<AlarmJson> list(@QueryParam("patient") Long patientId) {
    List<Alarm> found =
        patientId == null
            ? alarms.inbox().stream().map(Alarms.InboxEntry::alarm).toList()
            : alarms.ofPatient(patientId);
    return found.stream().map(AlarmJson::of).toList();
  }

  @GET
  @Path("{id}")
  public AlarmJson alarm(@PathParam("id") long id) {
    return AlarmJson.of(alarms.alarm(id));
  }

  @POST
  @Path("{id}/acknowledgement")
  public AlarmJson acknowledge(@PathParam("id") long id, Acknowledgement body) {
    Acknowledgement a = body == null ? new Acknowledgement(null, null) : body;
    return AlarmJson.of(alarms.acknowledge(id, a.action(), a.note()));
  }

  @POST
  @Path("{id}/closure")
  public AlarmJson close(@PathParam("id") long id, Closure body) {
    return AlarmJson.of(alarms.close(id, body == null ? null : body.outcome()));
  }

  @POST
  @Path("pauses")
  public Response pause(NewPause body) {
    NewPause p = body == null ? new NewPause(null, null, null, null) : body;
    if (p.patientId() == null || p.until() == null) {
      throw InvalidInputException.of(
          "until", "error.pause.period", "patientId and until are required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            AlarmPauseJson.of(
                pauses.pause(
                    p.patientId(),
                    p.from() == null ? clock.instant() : p.from(),
                    p.until(),
                    p.reason())))
        .build();
  }

  @GET
  @Path("pauses")
  public List<AlarmPauseJson> pauses(@QueryParam("patient") long patientId) {
    return pauses.of(patientId).stream().map(AlarmPauseJson::of).toList();
  }

  @POST
  @Path("pauses/{id}/end")
  public AlarmPauseJson endPause(@PathParam("id") long id) {
    return AlarmPauseJson.of(pauses.end(id));
  }
}

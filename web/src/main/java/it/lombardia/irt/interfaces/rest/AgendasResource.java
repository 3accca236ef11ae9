package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.agenda.Agendas;
import it.lombardia.irt.application.agenda.SlotView;
import it.lombardia.irt.application.encounter.EncounterForm;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.interfaces.rest.dto.AgendaJson;
import it.lombardia.irt.spi.content.TelemedicineService;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agendas of the scheduled services: slots and booking them for an encounter. */
@Tag(
    name = "Agendas",
    description =
        "Agende dei servizi programmati: slot e prenotazione di un incontro. — Agendas of the scheduled services: slots and booking an encounter.")
@Path("agendas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgendasResource {

  @Inject Agendas agendas;
  @Inject Encounters encounters;

  /** Body of a new agenda. */
  public record NewAgenda(TelemedicineService service, String title, Set<Role> openToRoles) {}

  /** Body of new slots: {@code start} in Italian local time. */
  public record NewSlots(LocalDateTime start, int count, int minutes, Slot.Modality modality) {}

  @GET
  public List<AgendaJson> visible() {
    return agendas.visible().stream().map(AgendaJson::of).toList();
  }

  @POST
  public Response create(NewAgenda body) {
    NewAgenda a = body == null ? new NewAgenda(null, null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(AgendaJson.of(agendas.create(a.service(), a.title(), a.openToRoles())))
        .build();
  }

  @POST
  @Path("{id}/slots")
  public Response open(@PathParam("id") long id, NewSlots body) {
    NewSlots s = body == null ? new NewSlots(null, 0, 0, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(agendas.openSlots(id, s.start(), s.count(), s.minutes(), s.modality()))
        .build();
  }

  /**
   * Slots starting between two days (inclusive, Italian dates), as the caller may see them: a
   * booking's details only for the agenda's owner and the booked patient's care.
   */
  @GET
  @Path("{id}/slots")
  public List<SlotView> slots(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return agendas.slots(id, ReportsResource.date("from", from), ReportsResource.date("to", to));
  }

  /**
   * Books the slot for a new encounter of the agenda's service (the body is the encounter: patient
   * and the service's details); the encounter is then cancelled or moved through its own API.
   */
  @POST
  @Path("slots/{slotId}/booking")
  public Response book(@PathParam("slotId") long slotId, EncounterForm body) {
    return Response.status(Response.Status.CREATED)
        .entity(EncountersResource.EncounterJson.of(encounters.book(slotId, body)))
        .build();
  }

  @GET
  @Path("bookings")
  public List<SlotView> bookings(@QueryParam("patient") long patientId) {
    return agendas.bookingsOf(patientId);
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.helpdesk.TicketFigures;
import it.lombardia.irt.application.helpdesk.TicketOversight;
import it.lombardia.irt.interfaces.rest.dto.TicketBriefingJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Region's oversight of the help desk: figures per service centre and per ASST, and one
 * ticket's summary.
 */
@Tag(
    name = "Help-desk oversight",
    description =
        "Vigilanza della Regione sull'help desk: dati per Centro Servizi e per ASST. — The Region's oversight of the help desk: figures per service centre and per ASST.")
@Path("region/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class RegionTicketsResource {

  @Inject TicketOversight oversight;

  @GET
  @Path("summary")
  public TicketFigures summary() {
    return oversight.summary();
  }

  /** One ticket of any ASST, without its requester, text or patient. */
  @GET
  @Path("{id}")
  public TicketBriefingJson briefing(@PathParam("id") long id) {
    return TicketBriefingJson.of(oversight.briefing(id));
  }
}

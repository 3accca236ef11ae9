package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.helpdesk.WorkstationForm;
import it.lombardia.irt.application.helpdesk.Workstations;
import it.lombardia.irt.interfaces.rest.dto.WorkstationJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workstations (Postazioni di Lavoro) per site: kept by the operators of the service centre
 * serving the ASST and by the ASST's administrator; another ASST's answers 404.
 */
@Tag(
    name = "Workstations",
    description =
        "Postazioni di lavoro per sede, gestite dal Centro Servizi e dall'amministratore dell'ASST. — Workstations (Postazioni di Lavoro) per site, kept by the service centre and the ASST's administrator.")
@Path("workstations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkstationsResource {

  @Inject Workstations workstations;

  @GET
  public List<WorkstationJson> list(
      @QueryParam("asst") String asst, @QueryParam("state") String state) {
    return workstations.list(asst, state).stream().map(WorkstationJson::of).toList();
  }

  @POST
  public Response create(WorkstationForm body) {
    return Response.status(Response.Status.CREATED)
        .entity(WorkstationJson.of(workstations.create(requireBody(body))))
        .build();
  }

  @PUT
  @Path("{id}")
  public WorkstationJson update(@PathParam("id") long id, WorkstationForm body) {
    return WorkstationJson.of(workstations.update(id, requireBody(body)));
  }

  private static WorkstationForm requireBody(WorkstationForm body) {
    return body == null ? new WorkstationForm(null, null, null, null, null, null) : body;
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.audit.HistoryEntry;
import it.lombardia.irt.application.plan.CarePlans;
import it.lombardia.irt.application.plan.PlanDocuments;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.interfaces.rest.dto.CarePlanJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Care plans (PAI, PRI): drafts, content, approval and the history of every version. */
@Tag(
    name = "Care plans",
    description =
        "Piani di cura (PAI, PRI): bozze, contenuto, approvazione e storico di ogni versione. — Care plans (PAI, PRI): drafts, content, approval and the history of every version.")
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarePlansResource {

  @Inject CarePlans plans;
  @Inject PlanDocuments documents;

  /** Body of a new draft. */
  public record DraftRequest(long enrolmentId, CarePlan.Kind kind) {}

  @POST
  public Response draft(DraftRequest body) {
    if (body == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
    CarePlan.Kind kind = body.kind() == null ? CarePlan.Kind.PAI : body.kind();
    return Response.status(Response.Status.CREATED)
        .entity(CarePlanJson.of(plans.draft(body.enrolmentId(), kind)))
        .build();
  }

  @GET
  @Path("{id}")
  public CarePlanJson plan(@PathParam("id") long id) {
    return CarePlanJson.of(plans.plan(id));
  }

  @PUT
  @Path("{id}")
  public CarePlanJson write(@PathParam("id") long id, CarePlan.Content content) {
    return CarePlanJson.of(plans.write(id, content));
  }

  @POST
  @Path("{id}/approval")
  public CarePlanJson approve(@PathParam("id") long id) {
    return CarePlanJson.of(plans.approve(id));
  }

  /** Where the approved version's signed document stands on its way to the FSE. */
  @GET
  @Path("{id}/fse")
  public FseResource.SubmissionJson fse(@PathParam("id") long id) {
    return FseResource.SubmissionJson.of(documents.delivery(id));
  }

  @GET
  @Path("{id}/history")
  public List<HistoryEntry> history(@PathParam("id") long id) {
    return plans.history(id);
  }
}

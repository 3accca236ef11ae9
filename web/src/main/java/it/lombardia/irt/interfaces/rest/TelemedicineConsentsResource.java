package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.enrolment.ConsentForm;
import it.lombardia.irt.application.enrolment.TelemedicineConsents;
import it.lombardia.irt.interfaces.rest.EnrolmentsResource.Reason;
import it.lombardia.irt.interfaces.rest.dto.ConsentJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's consent to telemedicine for televisits and consults, given outside any pathway (seed
 * 003 §2.2.1–2.2.3): no UVM, no PAI.
 */
@Tag(
    name = "Telemedicine consents",
    description =
        "Consenso del paziente alla telemedicina per televisite e consulti fuori da un percorso: senza UVM né PAI. — A patient's consent to telemedicine for televisits and consults outside a pathway: no UVM, no PAI.")
@Path("patients/{id}/telemedicine-consents")
@Produces(MediaType.APPLICATION_JSON)
public class TelemedicineConsentsResource {

  @Inject TelemedicineConsents consents;

  @GET
  public List<ConsentJson> list(@PathParam("id") long id) {
    return consents.of(id).stream().map(ConsentJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") long id, ConsentForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(ConsentJson.of(consents.record(id, form)))
        .build();
  }

  @POST
  @Path("{consentId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConsentJson withdraw(
      @PathParam("id") long id, @PathParam("consentId") long consentId, Reason body) {
    return ConsentJson.of(consents.withdraw(id, consentId, body == null ? null : body.reason()));
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.enrolment.ConsentForm;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.enrolment.ProposalForm;
import it.lombardia.irt.application.enrolment.SuitabilityForm;
import it.lombardia.irt.application.enrolment.UvmForm;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.interfaces.rest.dto.ConsentJson;
import it.lombardia.irt.interfaces.rest.dto.EnrolmentJson;
import it.lombardia.irt.interfaces.rest.dto.EnrolmentViewJson;
import it.lombardia.irt.interfaces.rest.dto.SuitabilityAssessmentJson;
import it.lombardia.irt.interfaces.rest.dto.UvmJson;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Taking patients in charge: proposals, suitability, consents, UVM, activation, suspension and
 * closure. Only the patient's care may call them (403), and only in the caller's ASST (404).
 */
@Tag(
    name = "Enrolments",
    description =
        "Presa in carico: proposta, idoneità, consensi, UVM, attivazione, sospensione e chiusura. — Taking patients in charge: proposal, suitability, consents, UVM, activation, suspension and closure.")
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

  @Inject EnrolmentWorkflow workflow;

  /** Body of suspension, closure and withdrawal. */
  public record Reason(String reason) {}

  @POST
  public Response propose(@QueryParam("patient") long patientId, ProposalForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(EnrolmentJson.of(workflow.propose(patientId, form)))
        .build();
  }

  @GET
  public List<EnrolmentJson> enrolments(@QueryParam("patient") long patientId) {
    return workflow.enrolmentsOf(patientId).stream().map(EnrolmentJson::of).toList();
  }

  @GET
  @Path("active-services")
  public Set<TelemedicineService> activeServices(@QueryParam("patient") long patientId) {
    return workflow.activeServices(patientId);
  }

  @GET
  @Path("{id}")
  public EnrolmentViewJson view(@PathParam("id") long id) {
    return EnrolmentViewJson.of(workflow.view(id));
  }

  @POST
  @Path("{id}/eligibility")
  public EnrolmentJson reevaluate(@PathParam("id") long id, Map<String, String> facts) {
    return EnrolmentJson.of(workflow.reevaluateEligibility(id, facts));
  }

  @POST
  @Path("{id}/suitability")
  public SuitabilityAssessmentJson assess(@PathParam("id") long id, SuitabilityForm form) {
    return SuitabilityAssessmentJson.of(workflow.assessSuitability(id, form));
  }

  @POST
  @Path("{id}/consents")
  public Response consent(@PathParam("id") long id, ConsentForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(ConsentJson.of(workflow.recordConsent(id, form)))
        .build();
  }

  @POST
  @Path("{id}/consents/{consentId}/withdrawal")
  public ConsentJson withdraw(
      @PathParam("id") long id, @PathParam("consentId") long consentId, Reason body) {
    return ConsentJson.of(
        workflow.withdrawConsent(id, consentId, body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/uvm")
  public Response uvm(@PathParam("id") long id, UvmForm form) {
    Uvm uvm = workflow.recordUvm(id, form);
    return Response.status(Response.Status.CREATED).entity(UvmJson.of(uvm)).build();
  }

  @POST
  @Path("{id}/activation")
  public EnrolmentJson activate(@PathParam("id") long id) {
    return EnrolmentJson.of(workflow.activate(id));
  }

  @POST
  @Path("{id}/suspension")
  public EnrolmentJson suspend(@PathParam("id") long id, Reason body) {
    return EnrolmentJson.of(workflow.suspend(id, body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/closure")
  public EnrolmentJson close(@PathParam("id") long id, Reason body) {
    return EnrolmentJson.of(workflow.close(id, body == null ? null : body.reason()));
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.enrolment.ConsentForm;
import it.lombardia.irt.application.enrolment.EnrolmentView;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.enrolment.ProposalForm;
import it.lombardia.irt.application.enrolment.SuitabilityForm;
import it.lombardia.irt.application.enrolment.UvmForm;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
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

/**
 * Taking patients in charge: proposals, suitability, consents, UVM, activation, suspension and
 * closure. Only the patient's care may call them (403), and only in the caller's ASST (404).
 */
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
        .entity(workflow.propose(patientId, form))
        .build();
  }

  @GET
  public List<Enrolment> enrolments(@QueryParam("patient") long patientId) {
    return workflow.enrolmentsOf(patientId);
  }

  @GET
  @Path("active-services")
  public Set<TelemedicineService> activeServices(@QueryParam("patient") long patientId) {
    return workflow.activeServices(patientId);
  }

  @GET
  @Path("{id}")
  public EnrolmentView view(@PathParam("id") long id) {
    return workflow.view(id);
  }

  @POST
  @Path("{id}/eligibility")
  public Enrolment reevaluate(@PathParam("id") long id, Map<String, String> facts) {
    return workflow.reevaluateEligibility(id, facts);
  }

  @POST
  @Path("{id}/suitability")
  public SuitabilityAssessment assess(@PathParam("id") long id, SuitabilityForm form) {
    return workflow.assessSuitability(id, form);
  }

  @POST
  @Path("{id}/consents")
  public Response consent(@PathParam("id") long id, ConsentForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(workflow.recordConsent(id, form))
        .build();
  }

  @POST
  @Path("{id}/consents/{consentId}/withdrawal")
  public Consent withdraw(
      @PathParam("id") long id, @PathParam("consentId") long consentId, Reason body) {
    return workflow.withdrawConsent(id, consentId, body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/uvm")
  public Response uvm(@PathParam("id") long id, UvmForm form) {
    Uvm uvm = workflow.recordUvm(id, form);
    return Response.status(Response.Status.CREATED).entity(uvm).build();
  }

  @POST
  @Path("{id}/activation")
  public Enrolment activate(@PathParam("id") long id) {
    return workflow.activate(id);
  }

  @POST
  @Path("{id}/suspension")
  public Enrolment suspend(@PathParam("id") long id, Reason body) {
    return workflow.suspend(id, body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/closure")
  public Enrolment close(@PathParam("id") long id, Reason body) {
    return workflow.close(id, body == null ? null : body.reason());
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.training.HomeTraining;
import it.lombardia.irt.application.training.PatientTrainingForm;
import it.lombardia.irt.application.training.StaffTrainings;
import it.lombardia.irt.application.training.TrainingForm;
import it.lombardia.irt.domain.model.training.Enforcement;
import it.lombardia.irt.interfaces.rest.dto.PatientTrainingJson;
import it.lombardia.irt.interfaces.rest.dto.StaffTrainingJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * Training (seed 003 §2.1.1, §2.1.6): the ASST administrator's records of the professionals'
 * courses per service and the ASST's choice to warn or block without one; the care team's record of
 * the patient's own training on the devices and apps.
 */
@Tag(
    name = "Training",
    description =
        "Formazione del personale per servizio e scelta dell'ASST (avviso o blocco); formazione del"
            + " paziente su dispositivi e app. — Staff training per service and the ASST's choice"
            + " (warn or block); the patient's training on devices and apps.")
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

  /** The ASST's choice when a professional lacks a valid training: WARN (default) or BLOCK. */
  public record Policy(Enforcement enforcement) {}

  @Inject StaffTrainings trainings;
  @Inject HomeTraining home;

  @GET
  @Path("records")
  public List<StaffTrainingJson> list(@QueryParam("username") String username) {
    return trainings.list(username).stream().map(StaffTrainingJson::of).toList();
  }

  @GET
  @Path("records/{id}")
  public StaffTrainingJson get(@PathParam("id") long id) {
    return StaffTrainingJson.of(trainings.find(id));
  }

  @POST
  @Path("records")
  public Response record(TrainingForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(StaffTrainingJson.of(trainings.record(form)))
        .build();
  }

  @DELETE
  @Path("records/{id}")
  public Response remove(@PathParam("id") long id) {
    trainings.remove(id);
    return Response.noContent().build();
  }

  @GET
  @Path("policy")
  public Policy policy() {
    return new Policy(trainings.enforcement());
  }

  @PUT
  @Path("policy")
  public Policy choose(Policy body) {
    return new Policy(trainings.choose(body == null ? null : body.enforcement()));
  }

  @GET
  @Path("patients/{id}")
  public List<PatientTrainingJson> patient(@PathParam("id") long patientId) {
    return home.of(patientId).stream().map(PatientTrainingJson::of).toList();
  }

  @POST
  @Path("patients/{id}")
  public Response recordPatient(@PathParam("id") long patientId, PatientTrainingForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(PatientTrainingJson.of(home.record(patientId, form)))
        .build();
  }
}

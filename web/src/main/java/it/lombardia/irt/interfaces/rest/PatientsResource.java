package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.patient.AnaRecord;
import it.lombardia.irt.application.patient.CaregiverForm;
import it.lombardia.irt.application.patient.PatientForm;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.EmergencyAccess;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.interfaces.rest.dto.InPersonDiagnosisJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ASST's patients: registration, search, the record (403 outside the care, every attempt
 * logged) and the "who accessed my data" report.
 */
@Tag(
    name = "Patients",
    description =
        "Pazienti dell'ASST: registrazione, ricerca, cartella (solo per chi li ha in cura, ogni accesso registrato) e il resoconto \"chi ha visto i miei dati\". — The ASST's patients: registration, search, the record (their care only, every access logged) and the \"who accessed my data\" report.")
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientsResource {

  @Inject Encounters encounters;

  @Inject PatientRegistry registry;

  /** A patient as the API shows it. */
  public record PatientJson(
      long id,
      String codiceFiscale,
      String givenName,
      String familyName,
      LocalDate birthDate,
      String sex,
      String residenceMunicipality,
      boolean disadvantagedArea,
      String generalPractitioner,
      String requestingPhysician) {

    static PatientJson of(Patient p) {
      return new PatientJson(
          p.getId(),
          p.getCodiceFiscale(),
          p.getGivenName(),
          p.getFamilyName(),
          p.getBirthDate(),
          p.getSex(),
          p.getResidenceMunicipality(),
          p.isDisadvantagedArea(),
          p.getGeneralPractitioner(),
          p.getRequestingPhysician());
    }
  }

  /** One line of the access report. */
  public record AccessJson(
      String username,
      Instant at,
      String purpose,
      String part,
      boolean granted,
      String clientAddress) {

    static AccessJson of(PatientAccess a) {
      return new AccessJson(
          a.getUsername(),
          a.getAccessedAt(),
          a.getPurpose().name(),
          a.getPart(),
          a.isGranted(),
          a.getClientAddress());
    }
  }

  /** Body of the emergency access request. */
  public record EmergencyRequest(String reason) {}

  /** An emergency access as the API shows it. */
  public record EmergencyJson(
      long id,
      long patientId,
      String username,
      String reason,
      Instant grantedAt,
      Instant expiresAt,
      String reviewedBy) {

    static EmergencyJson of(EmergencyAccess e) {
      return new EmergencyJson(
          e.getId(),
          e.getPatientId(),
          e.getUsername(),
          e.getReason(),
          e.getGrantedAt(),
          e.getExpiresAt(),
          e.getReviewedBy());
    }
  }

  @POST
  @Path("{id}/emergency-access")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response breakTheGlass(@PathParam("id") long id, EmergencyRequest body) {
    EmergencyJson granted =
        EmergencyJson.of(registry.breakTheGlass(id, body == null ? null : body.reason()));
    return Response.status(Response.Status.CREATED).entity(granted).build();
  }

  @GET
  @Path("emergency-accesses")
  public List<EmergencyJson> unreviewed() {
    return registry.unreviewedEmergencyAccesses().stream().map(EmergencyJson::of).toList();
  }

  @POST
  @Path("emergency-accesses/{accessId}/review")
  public EmergencyJson review(@PathParam("accessId") long accessId) {
    return EmergencyJson.of(registry.review(accessId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(PatientForm form, @Context UriInfo uri) {
    PatientJson created = PatientJson.of(registry.register(form));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  public List<PatientJson> search(@QueryParam("q") String query) {
    return registry.search(query).stream().map(PatientJson::of).toList();
  }

  /** The national registry's (ANA) record of a codice fiscale: 404 if unknown, 503 if off. */
  @GET
  @Path("national-registry/{cf}")
  public AnaRecord nationalRegistry(@PathParam("cf") String codiceFiscale) {
    return registry
        .lookUpNationalRegistry(codiceFiscale)
        .orElseThrow(
            () -> new NotFoundException("Patient in the national registry", codiceFiscale));
  }

  @GET
  @Path("{id}")
  public PatientJson open(@PathParam("id") long id) {
    return PatientJson.of(registry.openIdentity(id));
  }

  /** A caregiver as the API shows it. */
  public record CaregiverJson(
      long id,
      String fullName,
      String relationship,
      String phone,
      String email,
      boolean trained,
      LocalDate trainedOn) {

    static CaregiverJson of(Caregiver c) {
      return new CaregiverJson(
          c.getId(),
          c.getFullName(),
          c.getRelationship(),
          c.getPhone(),
          c.getEmail(),
          c.isTrained(),
          c.getTrainedOn());
    }
  }

  @GET
  @Path("{id}/caregivers")
  public List<CaregiverJson> caregivers(@PathParam("id") long id) {
    return registry.caregivers(id).stream().map(CaregiverJson::of).toList();
  }

  @POST
  @Path("{id}/caregivers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addCaregiver(@PathParam("id") long id, CaregiverForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(CaregiverJson.of(registry.addCaregiver(id, form)))
        .build();
  }

  @GET
  @Path("{id}/accesses")
  public List<AccessJson> accesses(@PathParam("id") long id) {
    return registry.accesses(id).stream().map(AccessJson::of).toList();
  }

  /** Body of an in-person diagnosis: {@code diagnosedOn} as yyyy-MM-dd. */
  public record DiagnosisForm(
      String condition,
      String icd9cmCode,
      LocalDate diagnosedOn,
      String diagnosedBy,
      String facility) {}

  /** The diagnoses made in in-person visits (what a televisit may follow up). */
  @GET
  @Path("{id}/diagnoses")
  public List<InPersonDiagnosisJson> diagnoses(@PathParam("id") long id) {
    return encounters.diagnoses(id).stream().map(InPersonDiagnosisJson::of).toList();
  }

  @POST
  @Path("{id}/diagnoses")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordDiagnosis(@PathParam("id") long id, DiagnosisForm body) {
    DiagnosisForm d = body == null ? new DiagnosisForm(null, null, null, null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(
            InPersonDiagnosisJson.of(
                encounters.recordDiagnosis(
                    id,
                    d.condition(),
                    d.icd9cmCode(),
                    d.diagnosedOn(),
                    d.diagnosedBy(),
                    d.facility())))
        .build();
  }
}

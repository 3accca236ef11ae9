package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.encounter.ConsultMessages;
import it.lombardia.irt.application.encounter.EncounterForm;
import it.lombardia.irt.application.encounter.EncounterRoom;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.encounter.PatientLinkSending;
import it.lombardia.irt.application.encounter.VideoFallback;
import it.lombardia.irt.application.encounter.VideoJoin;
import it.lombardia.irt.application.outcome.OutcomeDocuments;
import it.lombardia.irt.application.prescription.PrescriptionDeliveries;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.interfaces.rest.dto.AttendanceJson;
import it.lombardia.irt.interfaces.rest.dto.EncounterMessageJson;
import it.lombardia.irt.interfaces.rest.dto.OutcomeDocumentJson;
import it.lombardia.irt.interfaces.rest.dto.PrescriptionDeliveryJson;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Encounters of the real-time services: planning (ad hoc; booked ones come from the agendas), video
 * room, patient links, consult messages, outcome documents, completion.
 */
@Tag(
    name = "Encounters",
    description =
        "Incontri dei servizi in tempo reale: pianificazione, stanza video, link personali del paziente, messaggi di consulto, documenti di esito, conclusione, erogazione della ricetta. — Encounters of the real-time services: planning, video room, the patient's personal links, consult messages, outcome documents, completion, prescription delivery.")
@Path("encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EncountersResource {

  @Inject Encounters encounters;
  @Inject EncounterRoom room;
  @Inject PatientLinkSending linkSending;
  @Inject PublicAddress publicAddress;
  @Inject ConsultMessages messages;
  @Inject OutcomeDocuments outcomes;
  @Inject VideoFallback videoFallback;
  @Inject PrescriptionDeliveries prescriptions;

  /** An encounter as the API shows it (the video room is only given with a join). */
  public record EncounterJson(
      long id,
      long patientId,
      TelemedicineService service,
      boolean synchronous,
      boolean patientPresent,
      Long slotId,
      Instant scheduledAt,
      String lead,
      Encounter.State state,
      Long diagnosisId,
      String nre,
      String question,
      List<String> consulted,
      Long carePlanId,
      Long enrolmentId,
      Integer sessionNumber,
      List<ObjectiveProgress> objectives,
      Instant createdAt,
      Instant startedAt,
      Instant endedAt,
      String cancellationReason,
      Instant heldByPhoneAt,
      String phoneReason) {

    static EncounterJson of(Encounter e) {
      return new EncounterJson(
          e.getId(),
          e.getPatientId(),
          e.getService(),
          e.isSynchronous(),
          e.isPatientPresent(),
          e.getSlotId(),
          e.getScheduledAt(),
          e.getLeadUsername(),
          e.getState(),
          e.getDiagnosisId(),
          e.getNre(),
          e.getQuestion(),
          e.consulted(),
          e.getCarePlanId(),
          e.getEnrolmentId(),
          e.getSessionNumber(),
          e.getObjectives(),
          e.getCreatedAt(),
          e.getStartedAt(),
          e.getEndedAt(),
          e.getCancellationReason(),
          e.getHeldByPhoneAt(),
          e.getPhoneReason());
    }

    static List<EncounterJson> of(List<Encounter> list) {
      return list.stream().map(EncounterJson::of).toList();
    }
  }

  /** A patient link as created: {@code path} (relative to the application) carries the token. */
  public record LinkJson(
      long id, String displayName, Instant expiresAt, boolean revoked, String path) {
    static LinkJson of(PatientLink l, String path) {
      return new LinkJson(l.getId(), l.getDisplayName(), l.getExpiresAt(), l.isRevoked(), path);
    }
  }

  public record Cancellation(String reason) {}

  public record Rescheduling(long newSlotId, String reason) {}

  public record ByPhone(String reason) {}

  public record Completion(List<ObjectiveProgress> objectives) {}

  /**
   * A link for the patient or a caregiver; with {@code sendBy} ({@code SMS}, {@code EMAIL}) it is
   * also sent to their contact on the record, in {@code language} ({@code it} by default).
   */
  public record LinkRequest(
      Long caregiverId, Instant validUntil, Channel sendBy, String language) {}

  public record Message(String body, List<Long> documentIds) {}

  public record Tutorial(String title, String address) {}

  public record QuestionnaireChoice(String questionnaireId) {}

  public record Fields(Map<String, String> fields) {}

  public record QuestionnaireJson(String id, String nameIt, String nameEn) {}

  @POST
  public Response open(EncounterForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(EncounterJson.of(encounters.open(form)))
        .build();
  }

  @GET
  public List<EncounterJson> ofPatient(@QueryParam("patient") long patientId) {
    return EncounterJson.of(encounters.ofPatient(patientId));
  }

  /** The caller's open encounters: those they lead and the consults they are asked in. */
  @GET
  @Path("mine")
  public List<EncounterJson> mine() {
    return EncounterJson.of(encounters.mine());
  }

  /** The questionnaires a tele-assistance may send the patient (their networks' plug-ins). */
  @GET
  @Path("questionnaires")
  public List<QuestionnaireJson> questionnaires(@QueryParam("patient") long patientId) {
    return messages.questionnaires(patientId).stream()
        .map(q -> new QuestionnaireJson(q.id(), q.name().it(), q.name().en()))
        .toList();
  }

  @GET
  @Path("{id}")
  public EncounterJson encounter(@PathParam("id") long id) {
    return EncounterJson.of(encounters.encounter(id));
  }

  @POST
  @Path("{id}/cancellation")
  public EncounterJson cancel(@PathParam("id") long id, Cancellation body) {
    return EncounterJson.of(encounters.cancel(id, body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/rescheduling")
  public EncounterJson reschedule(@PathParam("id") long id, Rescheduling body) {
    Rescheduling r = body == null ? new Rescheduling(0, null) : body;
    return EncounterJson.of(encounters.reschedule(id, r.newSlotId(), r.reason()));
  }

  /** The video could not be held: the encounter goes on by telephone (its lead, with a reason). */
  @POST
  @Path("{id}/by-phone")
  public EncounterJson holdByPhone(@PathParam("id") long id, ByPhone body) {
    return EncounterJson.of(videoFallback.holdByPhone(id, body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/completion")
  public EncounterJson complete(@PathParam("id") long id, Completion body) {
    return EncounterJson.of(encounters.complete(id, body == null ? null : body.objectives()));
  }

  /** The caller's join to the video room (Jitsi domain, room, token). */
  @POST
  @Path("{id}/join")
  public VideoJoin join(@PathParam("id") long id) {
    return room.join(id);
  }

  @POST
  @Path("{id}/leave")
  public AttendanceJson leave(@PathParam("id") long id) {
    return AttendanceJson.of(room.leave(id));
  }

  @GET
  @Path("{id}/attendance")
  public List<AttendanceJson> attendance(@PathParam("id") long id) {
    return room.attendance(id).stream().map(AttendanceJson::of).toList();
  }

  @GET
  @Path("{id}/prescription-delivery")
  public PrescriptionDeliveryJson prescriptionDelivery(@PathParam("id") long id) {
    return PrescriptionDeliveryJson.of(prescriptions.of(id));
  }

  @POST
  @Path("{id}/patient-links")
  public Response issueLink(
      @PathParam("id") long id, LinkRequest body, @Context HttpServletRequest request) {
    LinkRequest r = body == null ? new LinkRequest(null, null, null, null) : body;
    EncounterRoom.IssuedLink issued =
        r.sendBy() == null
            ? room.issueLink(id, r.caregiverId(), r.validUntil())
            : linkSending.issueAndSend(
                id,
                r.caregiverId(),
                r.validUntil(),
                r.sendBy(),
                r.language(),
                publicAddress.base(request));
    return Response.status(Response.Status.CREATED)
        .entity(LinkJson.of(issued.link(), issued.path()))
        .build();
  }

  @GET
  @Path("{id}/patient-links")
  public List<LinkJson> links(@PathParam("id") long id) {
    return room.links(id).stream().map(l -> LinkJson.of(l, null)).toList();
  }

  @POST
  @Path("{id}/patient-links/{linkId}/revocation")
  public LinkJson revoke(@PathParam("id") long id, @PathParam("linkId") long linkId) {
    return LinkJson.of(room.revokeLink(id, linkId), null);
  }

  @GET
  @Path("{id}/messages")
  public List<EncounterMessageJson> messages(@PathParam("id") long id) {
    return messages.messages(id).stream().map(EncounterMessageJson::of).toList();
  }

  @POST
  @Path("{id}/messages")
  public Response post(@PathParam("id") long id, Message body) {
    Message m = body == null ? new Message(null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(EncounterMessageJson.of(messages.post(id, m.body(), m.documentIds())))
        .build();
  }

  @POST
  @Path("{id}/tutorials")
  public Response sendTutorial(@PathParam("id") long id, Tutorial body) {
    Tutorial t = body == null ? new Tutorial(null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(EncounterMessageJson.of(messages.sendTutorial(id, t.title(), t.address())))
        .build();
  }

  @POST
  @Path("{id}/questionnaires")
  public Response sendQuestionnaire(@PathParam("id") long id, QuestionnaireChoice body) {
    return Response.status(Response.Status.CREATED)
        .entity(
            EncounterMessageJson.of(
                messages.sendQuestionnaire(id, body == null ? null : body.questionnaireId())))
        .build();
  }

  /** The encounter's outcome document draft (made on first call). */
  @POST
  @Path("{id}/outcome")
  public OutcomeDocumentJson draft(@PathParam("id") long id) {
    return OutcomeDocumentJson.of(outcomes.draft(id));
  }

  @GET
  @Path("{id}/outcome")
  public List<OutcomeDocumentJson> outcome(@PathParam("id") long id) {
    return outcomes.ofEncounter(id).stream().map(OutcomeDocumentJson::of).toList();
  }

  @PUT
  @Path("outcomes/{documentId}")
  public OutcomeDocumentJson write(@PathParam("documentId") long documentId, Fields body) {
    return OutcomeDocumentJson.of(outcomes.write(documentId, body == null ? null : body.fields()));
  }

  @POST
  @Path("outcomes/{documentId}/sign-off")
  public OutcomeDocumentJson signOff(@PathParam("documentId") long documentId) {
    return OutcomeDocumentJson.of(outcomes.signOff(documentId));
  }

  @GET
  @Path("outcomes/{documentId}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("documentId") long documentId) {
    PatientDocument pdf = outcomes.pdf(documentId);
    return Response.ok(pdf.getContent(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"documento-" + documentId + ".pdf\"")
        .build();
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.files.UploadCheck;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.application.helpdesk.NewTicket;
import it.lombardia.irt.application.helpdesk.TicketAttachmentView;
import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.application.helpdesk.TicketSatisfactions;
import it.lombardia.irt.domain.model.helpdesk.CallOutcome;
import it.lombardia.irt.domain.model.helpdesk.TicketAttachment;
import it.lombardia.irt.interfaces.rest.dto.AccountJson;
import it.lombardia.irt.interfaces.rest.dto.DeviceCaseJson;
import it.lombardia.irt.interfaces.rest.dto.TicketJson;
import it.lombardia.irt.interfaces.shell.ContentDisposition;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Help-desk tickets: reported by the ASSTs' staff, handled by the operators of the service centre
 * serving the ASST; another ASST's ticket answers 404.
 */
@Tag(
    name = "Tickets",
    description =
        "Ticket dell'help desk: segnalati dal personale delle ASST, gestiti dagli operatori del Centro Servizi che le serve. — Help-desk tickets: reported by the ASSTs' staff, handled by the operators of the service centre serving them.")
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @Inject TicketDesk desk;
  @Inject PublicAddress publicAddress;
  @Inject TicketSatisfactions satisfactions;
  @Inject UploadLimits limits;

  /** Body of a reply: its text, and whether it is an internal note of the centre. */
  public record Reply(String text, Boolean internal) {}

  /** Body of a state change: the state, the operator on assignment, an optional comment. */
  public record StateChange(String state, String assignee, String comment) {}

  /** Body of a replacement: the stock device chosen. */
  public record Replacement(Long deviceId) {}

  @POST
  public Response open(NewTicket body) {
    return Response.status(Response.Status.CREATED).entity(TicketJson.of(desk.open(body))).build();
  }

  @GET
  public List<TicketJson> list(
      @QueryParam("state") String state, @QueryParam("category") String category) {
    return desk.list(state, category).stream().map(TicketJson::of).toList();
  }

  @GET
  @Path("{id}")
  public TicketJson get(@PathParam("id") long id) {
    return TicketJson.of(desk.get(id));
  }

  @POST
  @Path("{id}/replies")
  public TicketJson reply(@PathParam("id") long id, Reply body) {
    Reply r = body == null ? new Reply(null, null) : body;
    return TicketJson.of(desk.reply(id, r.text(), Boolean.TRUE.equals(r.internal())));
  }

  /** Body of an escalation: the operator's note to the supplier (optional). */
  public record EscalationNote(String note) {}

  @POST
  @Path("{id}/escalations")
  public TicketJson escalate(@PathParam("id") long id, EscalationNote body) {
    return TicketJson.of(desk.escalate(id, body == null ? null : body.note()));
  }

  /** Body of a proactive call's outcome; a missing flag is "no". */
  public record CallReport(Boolean reached, Boolean causeFound, Boolean fixed, String note) {}

  /** The centre's operator records what a proactive call found. */
  @POST
  @Path("{id}/call-outcome")
  public TicketJson recordCallOutcome(@PathParam("id") long id, CallReport body) {
    CallReport r = body == null ? new CallReport(null, null, null, null) : body;
    return TicketJson.of(
        desk.recordCallOutcome(
            id,
            new CallOutcome(
                Boolean.TRUE.equals(r.reached()),
                Boolean.TRUE.equals(r.causeFound()),
                Boolean.TRUE.equals(r.fixed()),
                r.note())));
  }

  /** Body of the requester's answer to the closing question: a score 1 to 5, a comment. */
  public record Satisfaction(Integer score, String comment) {}

  /** The staff requester answers how satisfied they are with their resolved or closed ticket. */
  @POST
  @Path("{id}/satisfaction")
  public Response answerSatisfaction(@PathParam("id") long id, Satisfaction body) {
    Satisfaction s = body == null ? new Satisfaction(null, null) : body;
    satisfactions.answer(id, s.score(), s.comment());
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/state")
  public TicketJson changeState(
      @PathParam("id") long id, StateChange body, @Context HttpServletRequest request) {
    StateChange s = body == null ? new StateChange(null, null, null) : body;
    return TicketJson.of(
        desk.changeState(id, s.state(), s.assignee(), s.comment(), publicAddress.base(request)));
  }

  /** The centre's operator marks the ticket's device faulty. */
  @POST
  @Path("{id}/device-fault")
  public TicketJson markDeviceFaulty(@PathParam("id") long id) {
    return TicketJson.of(desk.markDeviceFaulty(id));
  }

  /** The ticket's device, its replacement and the stock of its type to choose one from. */
  @GET
  @Path("{id}/replacement")
  public DeviceCaseJson deviceCase(@PathParam("id") long id) {
    return DeviceCaseJson.of(desk.deviceCase(id));
  }

  /** The centre's operator assigns a stock device of the same type to the patient. */
  @POST
  @Path("{id}/replacement")
  public TicketJson assignReplacement(@PathParam("id") long id, Replacement body) {
    return TicketJson.of(desk.assignReplacement(id, body == null ? null : body.deviceId()));
  }

  /** Body of an account action: the operator says they checked the caller's identity. */
  public record IdentityCheck(Boolean identityChecked) {

    static boolean of(IdentityCheck body) {
      return body != null && Boolean.TRUE.equals(body.identityChecked());
    }
  }

  /** The account of an application ticket's requester, for the centre's operator. */
  @GET
  @Path("{id}/account")
  public AccountJson account(@PathParam("id") long id) {
    return AccountJson.of(desk.account(id));
  }

  /** The centre's operator lifts the failed-login throttle on the requester's account. */
  @POST
  @Path("{id}/account/unlock")
  public TicketJson unlockAccount(@PathParam("id") long id, IdentityCheck body) {
    return TicketJson.of(desk.unlockAccount(id, IdentityCheck.of(body)));
  }

  /** The centre's operator has a password reset link e-mailed to the requester's account. */
  @POST
  @Path("{id}/account/password-reset")
  public TicketJson startPasswordReset(
      @PathParam("id") long id, IdentityCheck body, @Context HttpServletRequest request) {
    return TicketJson.of(
        desk.startPasswordReset(id, IdentityCheck.of(body), publicAddress.base(request)));
  }

  /**
   * Attaches a file: the raw bytes as the body, their type as {@code Content-Type} (checked against
   * the bytes), the file's name as {@code ?name=}. At most {@code irt.attachments.max-bytes} is
   * read; a larger body is refused without being held whole.
   */
  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  public Response attach(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    byte[] content = UploadCheck.readAtMost(body, limits.ticketAttachments().maxBytes());
    return Response.status(Response.Status.CREATED)
        .entity(desk.attach(id, name, contentType, content))
        .build();
  }

  @GET
  @Path("{id}/attachments")
  public List<TicketAttachmentView> attachments(@PathParam("id") long id) {
    return desk.attachments(id);
  }

  /** The file as attached, with its detected type; always saved, never shown inline. */
  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(
      @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    TicketAttachment a = desk.attachment(id, attachmentId);
    return Response.ok(a.getContent(), a.getMediaType())
        .header("Content-Disposition", ContentDisposition.attachment(a.getFileName()))
        .build();
  }

  /** Body of a workstation link: the workstation the ticket is about. */
  public record WorkstationLink(Long workstationId) {}

  /** The centre's operator links the workstation a workstation ticket is about. */
  @PUT
  @Path("{id}/workstation")
  public TicketJson linkWorkstation(@PathParam("id") long id, WorkstationLink body) {
    return TicketJson.of(desk.linkWorkstation(id, body == null ? null : body.workstationId()));
  }
}

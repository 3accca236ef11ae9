package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.files.Upload;
import it.lombardia.irt.application.helpdesk.LinkDeviceReports;
import it.lombardia.irt.application.helpdesk.LinkTickets;
import it.lombardia.irt.application.helpdesk.TicketSatisfactions;
import it.lombardia.irt.application.record.LinkDocuments;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The patient's side of an encounter, reached without an account through a personal link: the
 * link's token is looked up across the ASSTs (only its digest is stored), then everything runs as
 * the link's holder inside the link's ASST — with no role, so the holder can do nothing else.
 */
@ApplicationScoped
public class PatientVisits {

  @Inject PatientVisitDesk desk;
  @Inject LinkDeviceReports deviceReports;
  @Inject LinkTickets linkTickets;
  @Inject LinkDocuments linkDocuments;
  @Inject TicketSatisfactions satisfactions;

  /** The visit the link opens (joining the room while the encounter is open). */
  public PatientVisitDesk.Visit enter(long encounterId, String token, String address) {
    return asHolder(token, address, h -> desk.enter(h.linkId(), encounterId));
  }

  /** The holder left the room. */
  public void leave(long encounterId, String token, String address) {
    asHolder(token, address, h -> desk.leave(h.linkId(), encounterId));
  }

  /** The satisfaction questionnaire's answers, once the encounter is over. */
  public void answerSurvey(
      long encounterId, String token, List<Integer> scores, String comment, String address) {
    asHolder(token, address, h -> desk.answerSurvey(h.linkId(), encounterId, scores, comment));
  }

  /**
   * The answers to a questionnaire offered on the page (see {@link PatientVisitDesk#shareAnswers}).
   */
  public void shareAnswers(
      long encounterId,
      String token,
      String questionnaireId,
      Map<String, String> answers,
      String submission,
      String address) {
    asHolder(
        token,
        address,
        h -> desk.shareAnswers(h.linkId(), encounterId, questionnaireId, answers, submission));
  }

  /** A reading typed in on the page (see {@link PatientVisitDesk#shareReading}). */
  public void shareReading(
      long encounterId,
      String token,
      String code,
      double value,
      String submission,
      String address) {
    asHolder(
        token, address, h -> desk.shareReading(h.linkId(), encounterId, code, value, submission));
  }

  /** The patient's devices at home, to report a problem with one ({@link LinkDeviceReports}). */
  public List<LinkDeviceReports.HomeDevice> homeDevices(
      long encounterId, String token, String address) {
    return asHolder(token, address, h -> deviceReports.devices(h.linkId(), encounterId));
  }

  /**
   * A problem with one of the patient's devices at home, with an optional photo: a help-desk
   * ticket; its number.
   */
  public String reportDeviceProblem(
      long encounterId, String token, long deviceId, String text, Upload photo, String address) {
    return asHolder(
        token, address, h -> deviceReports.report(h.linkId(), encounterId, deviceId, text, photo));
  }

  /** A photo or PDF for the patient's record ({@link LinkDocuments}); returns its title. */
  public String sendDocument(
      long encounterId, String token, String title, Upload file, String address) {
    return asHolder(token, address, h -> linkDocuments.send(h.linkId(), encounterId, title, file));
  }

  /** The patient's tickets with the centre's replies ({@link LinkTickets}). */
  public List<LinkTickets.LinkTicket> tickets(long encounterId, String token, String address) {
    return asHolder(token, address, h -> linkTickets.tickets(h.linkId(), encounterId));
  }

  /** The answer to the satisfaction question about one of the patient's tickets. */
  public void rateTicket(
      long encounterId,
      String token,
      long ticketId,
      Integer score,
      String comment,
      String address) {
    asHolder(
        token,
        address,
        h -> {
          satisfactions.answerByLink(h.linkId(), encounterId, ticketId, score, comment);
          return null;
        });
  }

  private <T> T asHolder(
      String token, String address, java.util.function.Function<PatientVisitDesk.Holder, T> work) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new LinkRefusedException();
    }
    PatientVisitDesk.Holder holder =
        CallContext.asRegion(Actor.system(), () -> desk.holder(Secrets.sha256(token)));
    if (holder == null) {
      throw new LinkRefusedException();
    }
    Actor actor =
        new Actor(
            PatientLink.HOLDER_PREFIX + holder.linkId(),
            holder.displayName(),
            holder.tenantCode(),
            holder.tenantName(),
            Set.of(),
            null,
            address);
    return CallContext.as(actor, () -> work.apply(holder));
  }
}

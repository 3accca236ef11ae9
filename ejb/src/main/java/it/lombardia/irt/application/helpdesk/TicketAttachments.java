package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.files.CheckedFile;
import it.lombardia.irt.application.files.UploadCheck;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketAttachment;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The files attached to a ticket (issue 17 point 1): whoever reaches the ticket — its requester,
 * the ASST's administrator, the serving centre's operators — reads and adds them. A file is checked
 * before anything is stored ({@link UploadCheck}: images, PDF or plain text by its bytes, as
 * declared, within {@code irt.attachments.max-bytes}) and noted in the timeline.
 *
 * <p>Runs inside the ticket's ASST, as {@link TicketDesk} routes it.
 */
@Stateless
public class TicketAttachments {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketStore store;
  @Inject UploadLimits limits;

  /** Attaches the file to an open or resolved ticket; a closed one takes none until reopened. */
  public TicketAttachmentView attach(
      long ticketId, String fileName, String declaredType, byte[] content, Handling handling) {
    Ticket ticket = store.find(ticketId, handling, true);
    CheckedFile file =
        UploadCheck.check(limits.ticketAttachments(), fileName, declaredType, content);
    if (ticket.getState() == TicketState.CLOSED) {
      throw new RuleViolation(
          "error.ticket.closed", "a closed ticket takes no attachments; reopen it first");
    }
    return store(ticket, file, CallContext.requireActor(), handling == Handling.OPERATOR);
  }

  /** Stores a checked file on {@code ticket} and notes it in the timeline. */
  public TicketAttachmentView store(
      Ticket ticket, CheckedFile file, Actor actor, boolean byOperator) {
    Instant now = clock.instant();
    TicketAttachment attachment =
        new TicketAttachment(
            ticket,
            file.fileName(),
            file.mediaType(),
            file.content(),
            Secrets.sha256(file.content()),
            actor.name(),
            now);
    em.persist(attachment);
    em.persist(
        TicketEntry.attachment(
            ticket,
            file.fileName() + " (" + file.mediaType() + ", " + kilobytes(file.size()) + " KB)",
            actor.name(),
            byOperator,
            now));
    em.flush();
    return view(attachment);
  }

  /** The ticket's attachments, oldest first, without their bytes. */
  public List<TicketAttachmentView> list(long ticketId, Handling handling) {
    store.find(ticketId, handling, false);
    return em.createQuery(
            "select new it.lombardia.irt.application.helpdesk.TicketAttachmentView(a.id,"
                + " a.ticketId, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy,"
                + " a.uploadedAt) from TicketAttachment a where a.ticketId = :t"
                + " order by a.uploadedAt, a.id",
            TicketAttachmentView.class)
        .setParameter("t", ticketId)
        .getResultList();
  }

  /** One attachment with its bytes; 404 unless it belongs to a ticket the caller reaches. */
  public TicketAttachment get(long ticketId, long attachmentId, Handling handling) {
    store.find(ticketId, handling, false);
    TicketAttachment a = em.find(TicketAttachment.class, attachmentId);
    if (a == null || !a.getTicketId().equals(ticketId)) {
      throw new NotFoundException("TicketAttachment", attachmentId);
    }
    return a;
  }

  private static TicketAttachmentView view(TicketAttachment a) {
    return new TicketAttachmentView(
        a.getId(),
        a.getTicketId(),
        a.getFileName(),
        a.getMediaType(),
        a.getSizeBytes(),
        a.getSha256(),
        a.getUploadedBy(),
        a.getUploadedAt());
  }

  private static long kilobytes(long bytes) {
    return (bytes + 1023) / 1024;
  }
}

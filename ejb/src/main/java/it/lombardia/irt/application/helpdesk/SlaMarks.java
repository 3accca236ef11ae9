package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.SlaAlert;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which open tickets of the caller's ASST the centre's supervisor was alerted about ({@link
 * SlaAlerts}), so that the operators' queue marks them as the supervisor sees them: a breach
 * outranks a warning.
 */
@Stateless
public class SlaMarks {

  @PersistenceContext EntityManager em;

  /** The highest alert level sent per open ticket of the caller's ASST (tickets without none). */
  public Map<Long, SlaAlert.Level> sent() {
    Map<Long, SlaAlert.Level> marks = new HashMap<>();
    em.createQuery(
            "select a.ticketId, a.level from SlaAlert a, Ticket t"
                + " where t.id = a.ticketId and t.state not in :done",
            Object[].class)
        .setParameter("done", EnumSet.of(TicketState.RESOLVED, TicketState.CLOSED))
        .getResultStream()
        .forEach(
            r ->
                marks.merge(
                    (Long) r[0],
                    (SlaAlert.Level) r[1],
                    (a, b) -> a == SlaAlert.Level.BREACH ? a : b));
    return marks;
  }
}

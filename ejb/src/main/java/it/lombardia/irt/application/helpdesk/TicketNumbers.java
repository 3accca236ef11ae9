package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.TicketCounter;
import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The next ticket number of the caller's ASST for the year of {@code now}, under a row lock. */
@Stateless
public class TicketNumbers {

  @PersistenceContext EntityManager em;

  public String next(Instant now) {
    int year = now.atZone(Italy.ZONE).getYear();
    TicketCounter counter =
        em.createQuery("select c from TicketCounter c where c.year = :y", TicketCounter.class)
            .setParameter("y", year)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  TicketCounter first = new TicketCounter(year);
                  em.persist(first);
                  return first;
                });
    return counter.next();
  }
}

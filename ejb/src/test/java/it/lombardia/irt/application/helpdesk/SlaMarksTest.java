package it.lombardia.irt.application.helpdesk;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static it.lombardia.irt.testing.PersistenceFixture.TENANT_B;
import static it.lombardia.irt.testing.PersistenceFixture.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert.Due;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert.Level;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert.Target;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.testing.PersistenceFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The queue's SLA marks on real Hibernate and H2: the caller's ASST's open tickets only. */
class SlaMarksTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  private final PersistenceFixture db = new PersistenceFixture();

  @AfterEach
  void close() {
    db.close();
  }

  private static Ticket ticket(Session s, String number, Level... alerts) {
    Ticket t =
        new Ticket(
            number,
            TicketChannel.PHONE,
            TicketCategory.DEVICE,
            Priority.P1,
            Ticket.RequesterKind.CAREGIVER,
            "Anna Rossi",
            null,
            "op",
            "La bilancia non si accende",
            null,
            T0);
    s.persist(t);
    for (Level level : alerts) {
      s.persist(new SlaAlert(t, new Due(Target.FIRST_RESPONSE, level, 0), "sup", T0));
    }
    return t;
  }

  private Map<Long, Level> marksOf(String tenant) {
    return db.as(
        admin(tenant),
        s -> {
          SlaMarks marks = new SlaMarks();
          marks.em = s;
          return marks.sent();
        });
  }

  @Test
  void eachAsstSeesTheHighestAlertOfItsOwnOpenTicketsOnly() {
    long breached =
        db.as(admin(TENANT_A), s -> ticket(s, "TK-A-1", Level.WARNING, Level.BREACH).getId());
    long warned = db.as(admin(TENANT_B), s -> ticket(s, "TK-B-1", Level.WARNING).getId());
    db.as(
        admin(TENANT_A),
        s -> {
          ticket(s, "TK-A-2");
          Ticket resolved = ticket(s, "TK-A-3", Level.BREACH);
          resolved.assign("op");
          resolved.moveTo(TicketState.IN_PROGRESS, T0, Duration.ofDays(7));
          resolved.moveTo(TicketState.RESOLVED, T0, Duration.ofDays(7));
          return null;
        });

    assertEquals(Map.of(breached, Level.BREACH), marksOf(TENANT_A));
    assertEquals(Map.of(warned, Level.WARNING), marksOf(TENANT_B));
  }
}

package it.lombardia.irt.application.notification;

import it.lombardia.irt.domain.model.agenda.SlotBooked;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;

/**
 * A booking made or moved in a professional's agenda by somebody else (a colleague, the COT) is
 * announced to the agenda's owner, if they opted in to bookings: the service, the day and the time,
 * never the patient. Queued in the booking's transaction.
 */
@ApplicationScoped
public class BookingNotifications {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject Notifications notifications;

  void booked(@Observes SlotBooked event) {
    if (event.ownerUsername().equals(event.bookedBy())) {
      return;
    }
    var start = event.startsAt().atZone(Italy.ZONE);
    notifications.toUser(
        event.ownerUsername(),
        Topic.BOOKINGS,
        "slot-booked:" + event.slotId() + ":" + event.bookedAt().toEpochMilli(),
        event.moved() ? "booking.moved" : "booking.confirmed",
        event.service(),
        DAY.format(start),
        TIME.format(start));
  }
}

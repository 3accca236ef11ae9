package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.notification.NotificationOutbox;
import it.lombardia.irt.domain.model.shared.Delivery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ASST's notification outbox: what was sent, what waits and why. Bodies are not shown (a
 * patient's link carries its token); the administrator sees who, how, and the delivery state.
 */
@Tag(
    name = "Notifications",
    description =
        "Coda delle notifiche dell'ASST: cosa è stato inviato, cosa attende e perché (senza il testo). — The ASST's notification outbox: what was sent, what waits and why (never the body).")
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject NotificationOutbox outbox;

  /** A message without its body. */
  public record NotificationJson(
      long id,
      String messageId,
      String topic,
      String channel,
      String address,
      String recipientName,
      String subject,
      Delivery.Status status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {}

  @GET
  @Path("outbox")
  public List<NotificationJson> outbox(@QueryParam("status") String status) {
    return outbox.messages(parse(status)).stream()
        .map(
            n ->
                new NotificationJson(
                    n.getId(),
                    n.getMessageId(),
                    n.getTopic().name(),
                    n.getChannel().name(),
                    n.getAddress(),
                    n.getRecipientName(),
                    n.getSubject(),
                    n.getDelivery().getStatus(),
                    n.getDelivery().getAttempts(),
                    n.getDelivery().getNextAttemptAt(),
                    n.getDelivery().getLastError(),
                    n.getCreatedAt(),
                    n.getDelivery().getDeliveredAt()))
        .toList();
  }

  private static Delivery.Status parse(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return Delivery.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "status", "error.notification.status", "status is PENDING, DELIVERED or FAILED");
    }
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.outbox.OutboxFailures;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the ASST's outboxes could not deliver (its administrator only), and retrying an entry now.
 * Another ASST's entry answers 404.
 */
@Tag(
    name = "Outbox failures",
    description =
        "Invii che le code in uscita dell'ASST non sono riuscite a consegnare (FSE, fornitori, notifiche, ricette) e nuovo tentativo immediato; solo l'amministratore dell'ASST. — What the ASST's outboxes could not deliver (FSE, suppliers, notifications, prescriptions) and retrying it now; the ASST's administrator only.")
@Path("outbox/failures")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxFailuresResource {

  @Inject OutboxFailures outboxes;

  /** An undelivered entry as the API shows it: what it is about, never what it carries. */
  public record FailureJson(
      String kind,
      long id,
      String about,
      String channel,
      Instant createdAt,
      int attempts,
      boolean givenUp,
      Instant nextAttemptAt,
      String lastError) {

    static FailureJson of(OutboxFailures.Failure f) {
      return new FailureJson(
          f.kind().name(),
          f.id(),
          f.about(),
          f.channel(),
          f.createdAt(),
          f.attempts(),
          f.givenUp(),
          f.nextAttemptAt(),
          f.lastError());
    }
  }

  @GET
  public List<FailureJson> current() {
    return outboxes.current().stream().map(FailureJson::of).toList();
  }

  @POST
  @Path("{kind}/{id}/retry")
  public Response retry(@PathParam("kind") String kind, @PathParam("id") long id) {
    outboxes.retryNow(kind(kind), id);
    return Response.noContent().build();
  }

  /** An unknown kind names no entry: 404, as an unknown id. */
  private static OutboxFailures.Kind kind(String kind) {
    try {
      return OutboxFailures.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Outbox entry", kind);
    }
  }
}

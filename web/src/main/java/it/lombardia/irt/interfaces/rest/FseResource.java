package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.outcome.FseOutbox;
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

/** The ASST's FSE outbox: what was sent, what waits and why. */
@Tag(
    name = "FSE outbox",
    description =
        "Coda verso il Fascicolo Sanitario Elettronico dell'ASST: cosa è stato inviato, cosa attende e perché. — The ASST's outbox to the electronic health record (FSE): what was sent, what waits and why.")
@Path("fse")
@Produces(MediaType.APPLICATION_JSON)
public class FseResource {

  @Inject FseOutbox outbox;

  /** A submission without its payload. */
  public record SubmissionJson(
      long id,
      long documentId,
      String bundleId,
      Delivery.Status status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {}

  @GET
  @Path("outbox")
  public List<SubmissionJson> outbox(@QueryParam("document") Long documentId) {
    return outbox.submissions(documentId).stream()
        .map(
            s ->
                new SubmissionJson(
                    s.getId(),
                    s.getOutcomeDocumentId(),
                    s.getBundleId(),
                    s.getDelivery().getStatus(),
                    s.getDelivery().getAttempts(),
                    s.getDelivery().getNextAttemptAt(),
                    s.getDelivery().getLastError(),
                    s.getCreatedAt(),
                    s.getDelivery().getDeliveredAt()))
        .toList();
  }
}

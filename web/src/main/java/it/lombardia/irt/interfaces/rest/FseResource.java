package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.outcome.FseOutbox;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
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

  /**
   * A submission without its payload: of an outcome document ({@code documentId}) or of a care plan
   * version ({@code planId}, {@code planNumber}).
   */
  public record SubmissionJson(
      long id,
      Long documentId,
      Long planId,
      Integer planNumber,
      String bundleId,
      Delivery.Status status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant deliveredAt) {

    public static SubmissionJson of(FseSubmission s) {
      return new SubmissionJson(
          s.getId(),
          s.getOutcomeDocumentId(),
          s.getCarePlanId(),
          s.getPlanNumber(),
          s.getBundleId(),
          s.getDelivery().getStatus(),
          s.getDelivery().getAttempts(),
          s.getDelivery().getNextAttemptAt(),
          s.getDelivery().getLastError(),
          s.getCreatedAt(),
          s.getDelivery().getDeliveredAt());
    }
  }

  @GET
  @Path("outbox")
  public List<SubmissionJson> outbox(@QueryParam("document") Long documentId) {
    return outbox.submissions(documentId).stream().map(SubmissionJson::of).toList();
  }
}

package it.lombardia.irt.domain.model.outcome;

import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.shared.OutboxEntry;
import it.lombardia.irt.domain.model.shared.RetryPolicy;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed document waiting for, or delivered to, the FSE: the outbox row written in the same
 * transaction that signs the document, so nothing is lost when the FSE is down. The document is an
 * outcome document or one approved version of a care plan (PAI, PRI), never both (V46), and a plan
 * version has one row at most. Delivery retries with a growing pause (doubling, at most {@link
 * #MAX_PAUSE}) and never gives up ({@link #retry}); the FHIR bundle's identifier lets the receiver
 * recognise a re-sent document.
 */
@Entity
@Table(name = "fse_outbox")
public class FseSubmission extends TenantOwnedEntity implements OutboxEntry {

  static final Duration MAX_PAUSE = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "outcome_document_id", updatable = false)
  private Long outcomeDocumentId;

  @Column(name = "care_plan_id", updatable = false)
  private Long carePlanId;

  @Column(name = "plan_number", updatable = false)
  private Integer planNumber;

  @Column(name = "bundle_id", nullable = false, updatable = false, length = 36)
  private String bundleId;

  @Column(nullable = false, updatable = false)
  private byte[] payload;

  @Embedded private Delivery delivery;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected FseSubmission() {}

  public FseSubmission(Long outcomeDocumentId, String bundleId, byte[] payload, Instant now) {
    this.outcomeDocumentId = outcomeDocumentId;
    this.bundleId = bundleId;
    this.payload = payload;
    this.createdAt = now;
    this.delivery = Delivery.dueFrom(now);
  }

  /** The row of one approved version of a care plan. */
  public static FseSubmission ofPlan(
      long carePlanId, int planNumber, String bundleId, byte[] payload, Instant now) {
    FseSubmission submission = new FseSubmission(null, bundleId, payload, now);
    submission.carePlanId = carePlanId;
    submission.planNumber = planNumber;
    return submission;
  }

  /** A pause that doubles from {@code firstPause} up to an hour; never given up. */
  public static RetryPolicy retry(Duration firstPause) {
    return RetryPolicy.forever(firstPause, MAX_PAUSE);
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getOutcomeDocumentId() {
    return outcomeDocumentId;
  }

  /** The plan version this row carries, or null for an outcome document. */
  public Long getCarePlanId() {
    return carePlanId;
  }

  public Integer getPlanNumber() {
    return planNumber;
  }

  public String getBundleId() {
    return bundleId;
  }

  public byte[] getPayload() {
    return payload;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public Delivery getDelivery() {
    return delivery;
  }
}

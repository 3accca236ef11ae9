package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One reading of one parameter of a patient, as it arrived, with who sent it and when. Never
 * changed: a correction is a new row with status {@link Status#ENTERED_IN_ERROR} that {@code
 * corrects} the original. Not audited by Envers — the row itself is the record (at this volume an
 * audit copy would double the largest table) — and immutable to Hibernate, which then never
 * dirty-checks the readings of a large batch.
 */
@Entity
@Table(name = "measurement")
@Immutable
public class Measurement extends TenantOwnedEntity {

  /** FHIR {@code Observation.status} values IRT keeps. */
  public enum Status {
    FINAL,
    AMENDED,
    ENTERED_IN_ERROR
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measurement_seq")
  @SequenceGenerator(
      name = "measurement_seq",
      sequenceName = "measurement_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  /** LOINC code of the parameter. */
  @Column(nullable = false, updatable = false, length = 20)
  private String code;

  @Column(name = "measured_value", nullable = false, updatable = false)
  private double value;

  /** UCUM unit. */
  @Column(nullable = false, updatable = false, length = 20)
  private String unit;

  /** The value as sent, when it was converted to the protocol's unit; null otherwise. */
  @Column(name = "original_value", updatable = false)
  private Double originalValue;

  /** The UCUM unit the sender used, when it was not the protocol's; null otherwise. */
  @Column(name = "original_unit", updatable = false, length = 20)
  private String originalUnit;

  @Column(name = "effective_at", nullable = false, updatable = false)
  private Instant effectiveAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "identifier_system", nullable = false, updatable = false, length = 200)
  private String identifierSystem;

  @Column(name = "identifier_value", nullable = false, updatable = false, length = 200)
  private String identifierValue;

  @Column(name = "device_id", updatable = false)
  private Long deviceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Status status;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  @Column(name = "sent_by", nullable = false, updatable = false, length = 80)
  private String sentBy;

  /**
   * The version of the FHIR Observation this reading came with ({@link ObservationVersion}); null
   * for a reading stored before resources were kept, or typed in on the patient's page.
   */
  @Column(name = "observation_version_id", updatable = false)
  private Long observationVersionId;

  /**
   * The code of the panel (e.g. blood pressure 85354-9) this reading is a component of; or null.
   */
  @Column(name = "panel_code", updatable = false, length = 20)
  private String panelCode;

  /**
   * The other codes the reading was sent with, each between spaces (" 2708-6 150456 "), so that a
   * search by any coding the sender used finds it; null when it was sent with its code alone.
   */
  @Column(name = "sent_codes", updatable = false, length = SENT_CODES_LENGTH)
  private String sentCodes;

  private static final int SENT_CODES_LENGTH = 200;

  protected Measurement() {}

  public Measurement(
      Long patientId,
      String code,
      double value,
      String unit,
      Instant effectiveAt,
      Identifier identifier,
      Long deviceId,
      Status status,
      String sentBy,
      Instant receivedAt) {
    this.patientId = patientId;
    this.code = code;
    this.value = value;
    this.unit = unit;
    this.effectiveAt = effectiveAt;
    this.identifierSystem = identifier.system();
    this.identifierValue = identifier.value();
    this.deviceId = deviceId;
    this.status = status;
    this.sentBy = sentBy;
    this.receivedAt = receivedAt;
  }

  /** The row that withdraws this one: same identifier, marked entered-in-error. */
  public Measurement retraction(String by, Instant at) {
    return new Measurement(
            patientId,
            code,
            value,
            unit,
            effectiveAt,
            identifier(),
            deviceId,
            Status.ENTERED_IN_ERROR,
            by,
            at)
        .convertedFrom(originalValue, originalUnit)
        .sentAs(sentCodes())
        .correcting(this);
  }

  /**
   * Records that this new row's value was converted from {@code value} in {@code unit} as sent
   * (before it is stored); nulls if it was not.
   */
  public Measurement convertedFrom(Double value, String unit) {
    if (id != null) {
      throw new IllegalStateException("A stored measurement never changes");
    }
    this.originalValue = value;
    this.originalUnit = unit;
    return this;
  }

  /**
   * Records the codes the reading was sent with (before it is stored): those other than its own
   * code are kept, as many as the column holds.
   */
  public Measurement sentAs(List<String> codes) {
    if (id != null) {
      throw new IllegalStateException("A stored measurement never changes");
    }
    StringBuilder others = new StringBuilder(" ");
    for (String c : codes) {
      if (!c.equals(code)
          && others.indexOf(" " + c + " ") < 0
          && others.length() + c.length() + 1 <= SENT_CODES_LENGTH) {
        others.append(c).append(' ');
      }
    }
    this.sentCodes = others.length() > 1 ? others.toString() : null;
    return this;
  }

  /** The other codes the reading was sent with. */
  public List<String> sentCodes() {
    return sentCodes == null ? List.of() : List.of(sentCodes.trim().split(" "));
  }

  /** Marks this new row as the correction of {@code original} (before it is stored). */
  public Measurement correcting(Measurement original) {
    if (id != null) {
      throw new IllegalStateException("A stored measurement never changes");
    }
    this.correctsId = original.getId();
    return this;
  }

  /**
   * Records that this new row is a reading of {@code version} of a FHIR Observation, of its panel
   * {@code panelCode} if it is a component (before it is stored).
   */
  public Measurement partOf(ObservationVersion version, String panelCode) {
    if (id != null) {
      throw new IllegalStateException("A stored measurement never changes");
    }
    this.observationVersionId = version.getId();
    this.panelCode = panelCode;
    return this;
  }

  /** The sender's identifier of a measurement: what makes a re-sent one recognisable. */
  public record Identifier(String system, String value) {}

  public Identifier identifier() {
    return new Identifier(identifierSystem, identifierValue);
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getCode() {
    return code;
  }

  public double getValue() {
    return value;
  }

  public String getUnit() {
    return unit;
  }

  public Double getOriginalValue() {
    return originalValue;
  }

  public String getOriginalUnit() {
    return originalUnit;
  }

  public Instant getEffectiveAt() {
    return effectiveAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public Status getStatus() {
    return status;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public String getSentBy() {
    return sentBy;
  }

  public Long getObservationVersionId() {
    return observationVersionId;
  }

  public String getPanelCode() {
    return panelCode;
  }

  /**
   * Whether the Observation the reading came in is coded {@code c}: its panel's code, or the
   * reading's own or another it was sent with.
   */
  public boolean cameCodedAs(String c) {
    return panelCode != null ? panelCode.equals(c) : code.equals(c) || sentCodes().contains(c);
  }
}

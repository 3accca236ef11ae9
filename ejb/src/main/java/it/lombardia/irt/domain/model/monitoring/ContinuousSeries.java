package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The points of a reading sent as a continuous series (a CGM sensor day, an overnight oximetry):
 * the {@link Measurement} row is the reading — identifier, patient, parameter, time of the first
 * point, the series' mean as its value — and this row holds the series compactly, as sent ({@link
 * Samples}), with the conversion to the protocol's unit ({@code converted = offset + scale ×
 * sent}). Append-only and not audited, like the measurement it belongs to.
 */
@Entity
@Table(name = "continuous_series")
@Immutable
public class ContinuousSeries extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "measurement_id", nullable = false, updatable = false)
  private Long measurementId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "origin_value", nullable = false, updatable = false)
  private double originValue;

  /** The UCUM unit of the origin, as sent. */
  @Column(name = "origin_unit", nullable = false, updatable = false, length = 20)
  private String originUnit;

  @Column(name = "period_ms", nullable = false, updatable = false)
  private double periodMillis;

  @Column(nullable = false, updatable = false)
  private double factor;

  @Column(name = "lower_limit", updatable = false)
  private Double lowerLimit;

  @Column(name = "upper_limit", updatable = false)
  private Double upperLimit;

  @Column(nullable = false, updatable = false)
  private int dimensions;

  @Column(name = "sample_count", nullable = false, updatable = false)
  private int sampleCount;

  /** The protocol's UCUM unit, which {@link #offset} and {@link #scale} convert to. */
  @Column(nullable = false, updatable = false, length = 20)
  private String unit;

  @Column(name = "to_unit_offset", nullable = false, updatable = false)
  private double offset;

  @Column(name = "to_unit_scale", nullable = false, updatable = false)
  private double scale;

  /** The points, {@link Samples#encoded()}. */
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] samples;

  protected ContinuousSeries() {}

  public ContinuousSeries(
      Measurement measurement, Samples s, String unit, double offset, double scale) {
    this.measurementId = measurement.getId();
    this.startsAt = measurement.getEffectiveAt();
    this.endsAt = startsAt.plus(s.span());
    this.originValue = s.origin();
    this.originUnit = s.unit();
    this.periodMillis = s.periodMillis();
    this.factor = s.factor();
    this.lowerLimit = s.lowerLimit();
    this.upperLimit = s.upperLimit();
    this.dimensions = s.dimensions();
    this.sampleCount = s.times() * s.dimensions();
    this.unit = unit;
    this.offset = offset;
    this.scale = scale;
    this.samples = s.encoded();
  }

  /** The series as sent. */
  public Samples samples() {
    return new Samples(
        originValue,
        originUnit,
        periodMillis,
        factor,
        lowerLimit,
        upperLimit,
        dimensions,
        Samples.decode(samples));
  }

  /** Each time's value in the protocol's unit (NaN for an error point). */
  public double[] values() {
    return samples().values(offset, scale);
  }

  public Long getId() {
    return id;
  }

  public Long getMeasurementId() {
    return measurementId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public int getSampleCount() {
    return sampleCount;
  }

  public String getUnit() {
    return unit;
  }
}

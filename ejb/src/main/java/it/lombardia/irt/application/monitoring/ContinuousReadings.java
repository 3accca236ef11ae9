package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.monitoring.AlarmTrigger;
import it.lombardia.irt.domain.model.monitoring.ContinuousSeries;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.Samples;
import it.lombardia.irt.domain.model.monitoring.SeriesSummary;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Readings sent as a continuous series (FHIR {@code valueSampledData}: a CGM sensor day, an
 * overnight oximetry) for a parameter the plug-in declares recorded continuously: checked (one
 * dimension, a unit convertible to the protocol's, every point plausible once converted), stored
 * beside their measurement row, evaluated as series (a threshold counts when the points stay beyond
 * it for the sustained duration) and summarised for the record. {@link MeasurementIngestion} does
 * the rest, as for any reading: patient, access, identifier, device, time.
 */
@Stateless
public class ContinuousReadings {

  @PersistenceContext EntityManager em;
  @Inject PatientAccessPolicy policy;
  @Inject MonitoringProfiles profiles;

  /** A stored series with its summary, as the record shows it. */
  public record View(
      long measurementId,
      String code,
      Label name,
      String unit,
      Instant startsAt,
      Instant endsAt,
      double periodMillis,
      Double targetLow,
      Double targetHigh,
      SeriesSummary summary) {}

  /** From the sender's unit to the protocol's: {@code offset + scale × value}. */
  private record Conversion(double offset, double scale) {}

  /**
   * Refuses the series of {@code r} unless the parameter its codes name is recorded continuously in
   * the patient's protocol, has one dimension, a unit convertible to the protocol's and plausible
   * points. A series whose codes name no monitored parameter is left to the usual refusal.
   */
  public void check(Reading r, MonitoringProfile profile) {
    Optional<MonitoredParameter> parameter = parameter(r, profile);
    if (parameter.isEmpty()) {
      return;
    }
    MonitoredParameter p = parameter.get();
    String where = r.field() + ".valueSampledData";
    if (p.continuous() == null) {
      throw problem(
          where,
          "%s (%s) is not recorded continuously in the patient's protocol: send one value as"
              + " valueQuantity",
          p.name().en(),
          p.code());
    }
    Samples s = r.samples();
    if (s.dimensions() != 1) {
      throw problem(
          where + ".dimensions", "%s is one value at a time: dimensions must be 1", p.name().en());
    }
    Conversion c = conversion(r, p);
    double[] values = s.values(c.offset(), c.scale());
    for (int i = 0; i < values.length; i++) {
      if (values[i] < p.plausibleMin() || values[i] > p.plausibleMax()) {
        throw problem(
            where + ".data",
            "point %d (%s %s) is not a plausible %s (%s to %s %s)",
            i + 1,
            number(values[i]),
            p.unit(),
            p.name().en(),
            number(p.plausibleMin()),
            number(p.plausibleMax()),
            p.unit());
      }
    }
  }

  /** Stores the series of the reading just stored as {@code m}. */
  public void store(Measurement m, Reading r, MonitoringProfile profile) {
    MonitoredParameter p = parameter(r, profile).orElseThrow();
    Conversion c = conversion(r, p);
    em.persist(new ContinuousSeries(m, r.samples(), p.unit(), c.offset(), c.scale()));
  }

  /** The thresholds of {@code plan} the series crosses for the sustained duration. */
  public List<AlarmTrigger> evaluate(MonitoredPlan plan, Measurement m, Reading r) {
    MonitoredParameter p = plan.evaluation().parameter(m.getCode()).orElseThrow();
    if (p.continuous() == null) {
      return List.of(); // another plan monitors it one reading at a time
    }
    Conversion c = conversion(r, p);
    return plan.evaluation()
        .evaluateSeries(
            m.getCode(),
            m.getEffectiveAt(),
            r.samples().periodMillis(),
            r.samples().values(c.offset(), c.scale()));
  }

  /**
   * Until when a patient's series of {@code code} cover time: the end of the last one's last
   * period, or null without series. A sensor day sent at its end counts as data until then, not
   * only at its first point (missing-data rules).
   */
  public Instant coveredUntil(long patientId, String code) {
    return em.createQuery(
            "select max(s.endsAt) from ContinuousSeries s, Measurement m where m.id ="
                + " s.measurementId and m.patientId = :p and m.code = :c and m.status <> :withdrawn",
            Instant.class)
        .setParameter("p", patientId)
        .setParameter("c", code)
        .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
        .getSingleResult();
  }

  /**
   * The series of measurements already read (and access-checked) through {@link Measurements}, by
   * measurement id.
   */
  public Map<Long, ContinuousSeries> ofMeasurements(Collection<Long> measurementIds) {
    if (measurementIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select s from ContinuousSeries s where s.measurementId in :ids",
            ContinuousSeries.class)
        .setParameter("ids", measurementIds)
        .getResultStream()
        .collect(Collectors.toMap(ContinuousSeries::getMeasurementId, Function.identity()));
  }

  /**
   * The valid series of a patient that start in [{@code from}, {@code to}), oldest first, with
   * their summaries: for whoever may open the patient's clinical record (the read is logged).
   */
  public List<View> of(long patientId, Instant from, Instant to) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, HomeCareRecord.CARE_TEAM);
    MonitoringProfile profile = profiles.profile(patientId);
    return em.createQuery(
            "select s, m.code from ContinuousSeries s, Measurement m where m.id = s.measurementId"
                + " and m.patientId = :p and m.effectiveAt >= :from and m.effectiveAt < :to and"
                + Measurements.VALID
                + " order by m.effectiveAt, m.id",
            Object[].class)
        .setParameter("p", patientId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("withdrawn", Measurement.Status.ENTERED_IN_ERROR)
        .getResultStream()
        .map(row -> view((ContinuousSeries) row[0], (String) row[1], profile))
        .toList();
  }

  /**
   * The points of one series of the patient, each with its time, in the protocol's unit: read like
   * the record (access checked, logged).
   */
  public Points points(long patientId, long measurementId) {
    Found f = series(patientId, measurementId);
    return new Points(f.view(), f.series().values());
  }

  /** A series' summary and its values in the protocol's unit (NaN for an error point). */
  public record Points(View view, double[] values) {
    public Instant at(int i) {
      return view.startsAt().plusNanos(Math.round(i * view.periodMillis() * 1_000_000));
    }
  }

  private record Found(ContinuousSeries series, View view) {}

  private Found series(long patientId, long measurementId) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, HomeCareRecord.CARE_TEAM);
    Measurement m = em.find(Measurement.class, measurementId);
    if (m == null || m.getPatientId() != patientId) {
      throw new NotFoundException("Measurement", measurementId);
    }
    ContinuousSeries s =
        ofMeasurements(List.of(measurementId)).values().stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Measurement", measurementId));
    return new Found(s, view(s, m.getCode(), profiles.profile(patientId)));
  }

  private static View view(ContinuousSeries s, String code, MonitoringProfile profile) {
    Optional<MonitoredParameter> p = profile.parameter(code);
    var recording = p.map(MonitoredParameter::continuous).orElse(null);
    Samples samples = s.samples();
    return new View(
        s.getMeasurementId(),
        code,
        p.map(MonitoredParameter::name).orElse(Label.of(code, code)),
        s.getUnit(),
        s.getStartsAt(),
        s.getEndsAt(),
        samples.periodMillis(),
        recording == null ? null : recording.targetLow(),
        recording == null ? null : recording.targetHigh(),
        SeriesSummary.of(s.values(), samples.periodMillis(), recording));
  }

  private static Optional<MonitoredParameter> parameter(Reading r, MonitoringProfile profile) {
    return r.codes().stream().map(profile::parameter).flatMap(Optional::stream).findFirst();
  }

  /**
   * The conversion of the series' unit to the protocol's, as an affine map: UCUM conversions are
   * linear, or affine for temperatures, so two converted values give it exactly.
   */
  private static Conversion conversion(Reading r, MonitoredParameter p) {
    String from = r.samples().unit();
    var zero = UnitConversion.convert(0, from, p.unit(), p.molarMass());
    var one = UnitConversion.convert(1, from, p.unit(), p.molarMass());
    if (zero.isEmpty() || one.isEmpty()) {
      throw problem(
          r.field() + ".valueSampledData.origin",
          "unit '%s' cannot be converted to %s, the UCUM unit the protocol measures %s in",
          from,
          p.unit(),
          p.name().en());
    }
    return new Conversion(zero.getAsDouble(), one.getAsDouble() - zero.getAsDouble());
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static InvalidInputException problem(String field, String message, Object... args) {
    return InvalidInputException.of(
        field, "error.measurement.valueSampledData", message.formatted(args));
  }
}

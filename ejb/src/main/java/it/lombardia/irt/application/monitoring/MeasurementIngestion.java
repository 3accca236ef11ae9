package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.monitoring.Evaluation.Point;
import it.lombardia.irt.domain.model.monitoring.IdentifierHistory;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.ObservationVersion;
import it.lombardia.irt.domain.model.monitoring.ReadingCorrected;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.persistence.OneOrMany;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.MonitoredParameter;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes readings in: each is checked (a patient under tele-monitoring whom the sender may serve, a
 * parameter their plan monitors among the reading's codes, a unit convertible to the protocol's, a
 * plausible value once converted, a time within the patient's life (see {@link TimeOfLife}), a
 * device associated with that patient at that time), stored append-only unless its identifier was
 * stored already, and evaluated on arrival — the alarms it raises are in the same transaction.
 */
@Stateless
public class MeasurementIngestion {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MonitoringProfiles profiles;
  @Inject RecentReadings recent;
  @Inject Alarms alarms;
  @Inject PatientAccessPolicy access;
  @Inject Event<ReadingCorrected> corrected;
  @Inject TimeOfLife timeOfLife;
  @Inject ContinuousReadings continuous;
  @Inject IngestionMetrics metrics;

  /**
   * A reading that passed the checks, with its patient, the profile it was checked against and the
   * reading as sent (its note, its series if it is one).
   */
  private record Accepted(
      Patient patient, Measurement measurement, MonitoringProfile profile, Reading sent) {}

  /** A checked reading: one to store, or the stored one it sends again. */
  private record Checked(Accepted toStore, Measurement sentAgain) {}

  /**
   * Stores and evaluates {@code readings} — one resource's, or a FHIR transaction's — all together
   * or, if any is rejected, none of them.
   */
  public List<IngestResult> ingest(List<Reading> readings) {
    return orRejected(ingest(List.of(readings), sender(), true).get(0));
  }

  /**
   * Stores and evaluates a FHIR transaction's resources, each its own Observation, all of them or,
   * if any is refused, none (the exception names the first refusal and rolls everything back).
   */
  public List<List<IngestResult>> ingestAll(List<List<Reading>> resources) {
    List<List<IngestResult>> results = ingest(resources, sender(), true);
    results.forEach(MeasurementIngestion::orRejected);
    return results;
  }

  /**
   * Stores and evaluates several resources' readings in one transaction: each resource's readings
   * all together or none of them, whatever becomes of the other resources (a FHIR batch, or single
   * POSTs stored as a group by {@link GroupedIngestion}).
   */
  public List<List<IngestResult>> ingestEach(List<List<Reading>> resources) {
    return ingest(resources, sender(), true);
  }

  /**
   * A reading the patient or caregiver typed in on their personal link's page: {@code
   * PatientVisitDesk} has checked the link, which names the reading's patient.
   */
  public IngestResult ingestByPatient(Reading reading) {
    return orRejected(ingest(List.of(List.of(reading)), CallContext.requireActor(), false).get(0))
        .get(0);
  }

  /** The results of a resource's readings, or the exception that names why it was refused. */
  static List<IngestResult> orRejected(List<IngestResult> results) {
    if (results.isEmpty() || !results.get(0).outcome().refused()) {
      return results;
    }
    List<InvalidInputException.Problem> problems = results.get(0).problems();
    throw switch (results.get(0).outcome()) {
      case CONFLICT -> new ConflictException(problems);
      case FORBIDDEN -> new AccessDeniedException(problems.get(0).message());
      default -> new InvalidInputException(problems);
    };
  }

  private static Actor sender() {
    Guard.requireScope("Observation", 'c');
    return Guard.requireAnyRole(
        Role.API_CLIENT, Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL);
  }

  private List<List<IngestResult>> ingest(
      List<List<Reading>> resources, Actor actor, boolean checkAccess) {
    long start = System.nanoTime();
    List<List<IngestResult>> results = checkStoreAndEvaluate(resources, actor, checkAccess);
    metrics.record(results, System.nanoTime() - start);
    return results;
  }

  private List<List<IngestResult>> checkStoreAndEvaluate(
      List<List<Reading>> resources, Actor actor, boolean checkAccess) {
    Instant now = clock.instant();
    List<Reading> all = resources.stream().flatMap(List::stream).toList();
    Map<Measurement.Identifier, List<Measurement>> stored = alreadyStored(all);
    Map<Object, Patient> patients = patientsNamedBy(all);
    List<List<IngestResult>> results = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    ResourceVersions versions = new ResourceVersions(em);
    for (List<Reading> resource : resources) {
      List<Accepted> checked = new ArrayList<>();
      List<Measurement> sentAgain = new ArrayList<>();
      List<InvalidInputException.Problem> problems = new ArrayList<>();
      IngestResult.Outcome refusal = IngestResult.Outcome.REJECTED;
      for (Reading r : resource) {
        try {
          Checked c = check(r, actor, checkAccess, now, patients, stored);
          if (c.sentAgain() != null) {
            sentAgain.add(c.sentAgain());
          } else {
            checked.add(c.toStore());
          }
        } catch (ConflictException e) {
          refusal = IngestResult.Outcome.CONFLICT;
          problems.addAll(e.problems());
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        } catch (AccessDeniedException e) {
          refusal = IngestResult.Outcome.FORBIDDEN;
          problems.add(
              new InvalidInputException.Problem(
                  r.field() + ".status", "error.measurement.correction", e.getMessage()));
        }
      }
      if (!problems.isEmpty()) {
        results.add(Collections.nCopies(resource.size(), IngestResult.refused(refusal, problems)));
        continue;
      }
      if (checked.isEmpty()) {
        ResourceVersions.Ref same = versions.of(sentAgain.get(0));
        results.add(
            Collections.nCopies(
                resource.size(), IngestResult.of(IngestResult.Outcome.EXISTING, same)));
        continue;
      }
      ResourceVersions.Ref version = store(resource.get(0), checked, sentAgain, versions);
      for (Accepted a : checked) {
        Measurement m = a.measurement();
        stored.computeIfAbsent(m.identifier(), k -> new ArrayList<>()).add(m);
        if (a.sent().samples() != null) {
          continuous.store(m, a.sent(), a.profile());
        }
        if (m.getCorrectsId() != null) {
          corrected.fire(ReadingCorrected.of(m, a.sent().note()));
        }
      }
      accepted.addAll(checked);
      results.add(
          Collections.nCopies(
              resource.size(), IngestResult.of(IngestResult.Outcome.CREATED, version)));
    }
    evaluate(accepted);
    return results;
  }

  /**
   * Stores one resource's new readings with the resource as received, in one new version: the next
   * version of the resource whose identifier it re-sends (a correction), else a new resource. A
   * reading that did not come as a resource (the patient's page) is a resource of its own.
   */
  private ResourceVersions.Ref store(
      Reading first,
      List<Accepted> checked,
      List<Measurement> sentAgain,
      ResourceVersions versions) {
    Measurement head = checked.get(0).measurement();
    if (first.resource() == null) {
      checked.forEach(a -> em.persist(a.measurement()));
      return new ResourceVersions.Ref(head.getId(), 1, head.getReceivedAt());
    }
    Measurement earlier =
        checked.stream()
            .map(a -> a.measurement().getCorrectsId())
            .filter(Objects::nonNull)
            .map(id -> em.find(Measurement.class, id))
            .findFirst()
            .orElse(sentAgain.isEmpty() ? null : sentAgain.get(0));
    ObservationVersion version =
        versions.store(
            earlier,
            checked.get(0).patient().getId(),
            head.getDeviceId(),
            first.resource(),
            head.getSentBy(),
            head.getReceivedAt());
    for (Accepted a : checked) {
      em.persist(a.measurement().partOf(version, first.panelCode()));
    }
    return new ResourceVersions.Ref(version);
  }

  /**
   * The reading checked: to store, or one already stored that it sends again. The sender must be
   * allowed to serve the patient before anything about the identifier is told.
   */
  private Checked check(
      Reading r,
      Actor actor,
      boolean checkAccess,
      Instant now,
      Map<Object, Patient> patients,
      Map<Measurement.Identifier, List<Measurement>> stored) {
    Patient patient = patientOf(r, patients);
    MonitoringProfile profile = profiles.profile(patient.getId());
    boolean inCare =
        !actor.hasRole(Role.API_CLIENT) && access.mayOpen(actor, patient, RecordPart.CLINICAL);
    if (!profile.isMonitored() || (checkAccess && !actor.hasRole(Role.API_CLIENT) && !inCare)) {
      throw problem(
          r,
          "subject",
          r.patientReference()
              + " is not a patient under tele-monitoring in "
              + actor.tenantName());
    }
    if (r.samples() != null) {
      continuous.check(r, profile);
    }
    Measured measured = measured(r, profile);
    IdentifierHistory history =
        new IdentifierHistory(stored.getOrDefault(r.identifier(), List.of()));
    IdentifierHistory.Verdict verdict =
        history.verdict(
            new IdentifierHistory.Arriving(
                patient.getId(),
                measured.code(),
                measured.value(),
                measured.unit(),
                r.effectiveAt(),
                r.status()));
    switch (verdict.kind()) {
      case SENT_AGAIN:
        return new Checked(null, verdict.stored());
      case CONFLICT:
        throw ConflictException.identifierTaken(
            r.field(), r.identifier().system(), r.identifier().value(), verdict.reason());
      case NOTHING_TO_WITHDRAW:
        throw problem(
            r,
            "status",
            "entered-in-error withdraws a stored reading, but none has identifier "
                + r.identifier().system()
                + "|"
                + r.identifier().value());
      case CORRECTION:
        if (!history.sentBy(actor.name()) && !inCare) {
          throw new AccessDeniedException(
              "only the reading's sender or a professional in the care of "
                  + r.patientReference()
                  + " may correct it");
        }
        break;
      default:
        break;
    }
    plausible(r, measured, patient, profile);
    timeOfLife
        .refusal(r.effectiveAt(), patient, now)
        .ifPresent(
            why -> {
              throw problem(r, "effective", why);
            });
    Long deviceId = device(r, patient);
    Measurement m =
        new Measurement(
                patient.getId(),
                measured.code(),
                measured.value(),
                measured.unit(),
                r.effectiveAt(),
                r.identifier(),
                deviceId,
                r.status(),
                actor.name(),
                now)
            .convertedFrom(measured.originalValue(), measured.originalUnit())
            .sentAs(r.codes());
    return new Checked(
        new Accepted(
            patient,
            verdict.kind() == IdentifierHistory.Kind.CORRECTION
                ? m.correcting(verdict.stored())
                : m,
            profile,
            r),
        null);
  }

  /**
   * What {@code r} measures once matched to the patient's plans: the first of its codes a plan
   * monitors (the sender's first code if none is) and its value in the protocol's unit.
   *
   * @param parameter the monitored parameter; null if no code of the reading is monitored
   * @param originalValue the value as sent, if it was converted; null otherwise
   */
  private record Measured(
      String code,
      MonitoredParameter parameter,
      double value,
      String unit,
      Double originalValue,
      String originalUnit) {}

  private static Measured measured(Reading r, MonitoringProfile profile) {
    MonitoredParameter p =
        r.codes().stream()
            .map(profile::parameter)
            .flatMap(Optional::stream)
            .findFirst()
            .orElse(null);
    if (p == null || p.unit().equals(r.unit())) {
      return new Measured(
          p == null ? r.codes().get(0) : p.code(), p, r.value(), r.unit(), null, null);
    }
    double value =
        UnitConversion.convert(r.value(), r.unit(), p.unit(), p.molarMass())
            .orElseThrow(
                () ->
                    problem(
                        r,
                        "valueQuantity",
                        "unit '%s' cannot be converted to %s, the UCUM unit the protocol measures %s in"
                            .formatted(r.unit(), p.unit(), p.name().en())));
    return new Measured(p.code(), p, value, p.unit(), r.value(), r.unit());
  }

  /** Refuses {@code m} unless a plan monitors it and its value, converted, is plausible. */
  private static void plausible(Reading r, Measured m, Patient patient, MonitoringProfile profile) {
    MonitoredParameter p = m.parameter();
    if (p == null) {
      throw problem(
          r,
          "code",
          "code "
              + String.join(", ", r.codes())
              + " is not monitored for Patient/"
              + patient.getId()
              + " (monitored: "
              + monitoredCodes(profile)
              + ")");
    }
    if (m.value() < p.plausibleMin() || m.value() > p.plausibleMax()) {
      throw problem(
          r,
          "valueQuantity",
          "%s %s is not a plausible %s (%s to %s %s)"
              .formatted(
                  number(m.value()),
                  p.unit(),
                  p.name().en(),
                  number(p.plausibleMin()),
                  number(p.plausibleMax()),
                  p.unit()));
    }
  }

  /** The patient {@code r} names: by id or codice fiscale, or through its device's association. */
  private Patient patientOf(Reading r, Map<Object, Patient> patients) {
    return r.patientId() == null && r.codiceFiscale() == null
        ? patientOfDevice(r)
        : patients.computeIfAbsent(
            r.patientId() != null ? r.patientId() : r.codiceFiscale(), k -> patient(r));
  }

  private Patient patient(Reading r) {
    List<Patient> found =
        r.patientId() != null
            ? Optional.ofNullable(em.find(Patient.class, r.patientId())).stream().toList()
            : em.createQuery("select p from Patient p where p.codiceFiscale = :cf", Patient.class)
                .setParameter("cf", r.codiceFiscale())
                .getResultList();
    if (found.isEmpty()) {
      throw problem(r, "subject", r.patientReference() + " is not a patient of this ASST");
    }
    return found.get(0);
  }

  /** The device that took the reading, which must be the patient's at that time; null if none. */
  private Long device(Reading r, Patient patient) {
    if (r.deviceId() == null && r.deviceSerial() == null) {
      return null; // typed in by the patient or caregiver
    }
    return associations(r)
        .filter(a -> a.getPatientId().equals(patient.getId()))
        .map(DeviceAssociation::getDeviceId)
        .findFirst()
        .orElseThrow(
            () ->
                problem(
                    r,
                    "device",
                    r.deviceReference()
                        + " was not associated with Patient/"
                        + patient.getId()
                        + " at "
                        + r.effectiveAt()));
  }

  /**
   * Level 2: a vendor platform names its own patient, not IRT's; the patient is the one the device
   * was associated with when the reading was taken.
   */
  private Patient patientOfDevice(Reading r) {
    return associations(r)
        .map(a -> em.find(Patient.class, a.getPatientId()))
        .findFirst()
        .orElseThrow(
            () ->
                problem(
                    r,
                    "device",
                    r.deviceReference()
                        + " was not associated with any patient at "
                        + r.effectiveAt()));
  }

  /** The associations of the device the reading names that cover the time of the reading. */
  private Stream<DeviceAssociation> associations(Reading r) {
    List<Long> devices =
        r.deviceId() != null
            ? Optional.ofNullable(em.find(Device.class, r.deviceId())).map(Device::getId).stream()
                .toList()
            : em.createQuery("select d.id from Device d where d.serialNumber = :s", Long.class)
                .setParameter("s", r.deviceSerial())
                .getResultList();
    if (devices.isEmpty()) {
      throw problem(r, "device", r.deviceReference() + " is not a device of this ASST");
    }
    return em.createQuery(
            "select a from DeviceAssociation a where a.deviceId in :d", DeviceAssociation.class)
        .setParameter("d", devices)
        .getResultStream()
        .filter(a -> a.covers(r.effectiveAt()));
  }

  /**
   * Evaluates the new readings in time order per patient and parameter, then raises their alarms
   * together (see {@link Alarms#raise}).
   */
  private void evaluate(List<Accepted> accepted) {
    Map<String, List<Accepted>> bySeries =
        accepted.stream()
            .filter(a -> a.measurement().getStatus() != Measurement.Status.ENTERED_IN_ERROR)
            .collect(
                Collectors.groupingBy(
                    a -> a.patient().getId() + "|" + a.measurement().getCode(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<Alarms.Raised> raised = new ArrayList<>();
    for (List<Accepted> series : bySeries.values()) {
      Patient patient = series.get(0).patient();
      String code = series.get(0).measurement().getCode();
      MonitoringProfile profile = series.get(0).profile();
      Duration window = profile.trendWindow(code);
      List<Point> added = new ArrayList<>();
      for (Accepted a : series) {
        Point point = new Point(a.measurement().getEffectiveAt(), a.measurement().getValue());
        List<Point> earlier = new ArrayList<>(added);
        if (!window.isZero()) {
          earlier.addAll(recent.since(patient.getId(), code, point.at().minus(window)));
        }
        added.add(point);
        if (profile.isPausedAt(point.at())) {
          continue;
        }
        for (MonitoredPlan plan : profile.plansMonitoring(code)) {
          (a.sent().samples() != null
                  ? continuous.evaluate(plan, a.measurement(), a.sent())
                  : plan.evaluation().evaluate(code, point, earlier))
              .forEach(t -> raised.add(new Alarms.Raised(patient, plan, t)));
        }
      }
      if (!window.isZero()) {
        recent.addAfterCommit(patient.getId(), code, added);
      }
    }
    alarms.raise(raised);
  }

  /** The patients the readings name by id, loaded together: a batch names dozens. */
  private Map<Object, Patient> patientsNamedBy(List<Reading> readings) {
    Map<Object, Patient> patients = new HashMap<>();
    List<Long> ids =
        readings.stream().map(Reading::patientId).filter(Objects::nonNull).distinct().toList();
    for (int i = 0; ids.size() > 1 && i < ids.size(); i += 500) {
      em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
          .getResultList()
          .forEach(p -> patients.put(p.getId(), p));
    }
    return patients;
  }

  /**
   * The readings already stored under the identifiers of {@code readings} (looked up by system and
   * value: the unique index's order).
   */
  private Map<Measurement.Identifier, List<Measurement>> alreadyStored(List<Reading> readings) {
    Map<Measurement.Identifier, List<Measurement>> stored = new HashMap<>();
    Map<String, List<String>> valuesBySystem =
        readings.stream()
            .map(Reading::identifier)
            .distinct()
            .collect(
                Collectors.groupingBy(
                    Measurement.Identifier::system,
                    Collectors.mapping(Measurement.Identifier::value, Collectors.toList())));
    valuesBySystem.forEach(
        (system, values) -> {
          for (int i = 0; i < values.size(); i += 500) {
            OneOrMany value =
                OneOrMany.of(
                    "m.identifierValue", "v", values.subList(i, Math.min(values.size(), i + 500)));
            em.createQuery(
                    "select m from Measurement m where m.identifierSystem = :s and "
                        + value.condition(),
                    Measurement.class)
                .setParameter("s", system)
                .setParameter("v", value.value())
                .getResultList()
                .forEach(
                    m -> stored.computeIfAbsent(m.identifier(), k -> new ArrayList<>()).add(m));
          }
        });
    return stored;
  }

  private static String monitoredCodes(MonitoringProfile profile) {
    return profile.plans().stream()
        .flatMap(p -> p.protocol().parameters().stream())
        .map(MonitoredParameter::code)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static InvalidInputException problem(Reading r, String field, String message) {
    String where = r.field() + "." + field;
    return InvalidInputException.of(where, "error.measurement." + field, message);
  }
}

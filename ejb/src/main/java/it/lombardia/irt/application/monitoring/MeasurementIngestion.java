package it.lombardia.irt.application.monitoring;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.monitoring.Evaluation.Point;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.persistence.OneOrMany;
import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.MonitoredParameter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes readings in: each is checked (a patient under tele-monitoring whom the sender may serve, a
 * parameter their plan monitors, the protocol's unit, a plausible value, a time not in the future,
 * a device associated with that patient at that time), stored append-only unless its identifier was
 * stored already, and evaluated on arrival — the alarms it raises are in the same transaction.
 */
@Stateless
public class MeasurementIngestion {

  /** How far in the future a device clock may be before a reading is refused. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject MonitoringProfiles profiles;
  @Inject RecentReadings recent;
  @Inject Alarms alarms;
  @Inject PatientAccessPolicy access;

  /** A reading that passed the checks, with its patient and the profile it was checked against. */
  private record Accepted(Patient patient, Measurement measurement, MonitoringProfile profile) {}

  /**
   * Stores and evaluates {@code readings} — one resource's, or a FHIR transaction's — all together
   * or, if any is rejected, none of them.
   */
  public List<IngestResult> ingest(List<Reading> readings) {
    return orRejected(ingest(List.of(readings), sender(), true).get(0));
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

  /** The results of a resource's readings, or the exception that names why it was rejected. */
  static List<IngestResult> orRejected(List<IngestResult> results) {
    if (!results.isEmpty() && results.get(0).outcome() == IngestResult.Outcome.REJECTED) {
      throw new InvalidInputException(results.get(0).problems());
    }
    return results;
  }

  private static Actor sender() {
    return Guard.requireAnyRole(
        Role.API_CLIENT, Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL);
  }

  private List<List<IngestResult>> ingest(
      List<List<Reading>> resources, Actor actor, boolean checkAccess) {
    Instant now = Instant.now();
    List<Reading> all = resources.stream().flatMap(List::stream).toList();
    Map<String, Measurement> stored = alreadyStored(all);
    Map<Object, Patient> patients = patientsNamedBy(all);
    List<List<IngestResult>> results = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (List<Reading> resource : resources) {
      List<IngestResult> mine = new ArrayList<>();
      List<Accepted> checked = new ArrayList<>();
      List<InvalidInputException.Problem> problems = new ArrayList<>();
      for (Reading r : resource) {
        Measurement known = stored.get(key(r.identifier(), r.code(), r.status()));
        if (known != null) {
          mine.add(IngestResult.existing(known.getId()));
          continue;
        }
        try {
          checked.add(check(r, actor, checkAccess, now, patients, stored));
          mine.add(null); // created: its id is known once the whole resource is stored
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        }
      }
      if (!problems.isEmpty()) {
        results.add(Collections.nCopies(resource.size(), IngestResult.rejected(problems)));
        continue;
      }
      Iterator<Accepted> created = checked.iterator();
      for (int i = 0; i < mine.size(); i++) {
        if (mine.get(i) == null) {
          Measurement m = created.next().measurement();
          em.persist(m);
          stored.put(key(m.identifier(), m.getCode(), m.getStatus()), m);
          mine.set(i, IngestResult.created(m.getId()));
        }
      }
      accepted.addAll(checked);
      results.add(mine);
    }
    evaluate(accepted);
    return results;
  }

  private Accepted check(
      Reading r,
      Actor actor,
      boolean checkAccess,
      Instant now,
      Map<Object, Patient> patients,
      Map<String, Measurement> stored) {
    Patient patient =
        r.patientId() == null && r.codiceFiscale() == null
            ? patientOfDevice(r)
            : patients.computeIfAbsent(
                r.patientId() != null ? r.patientId() : r.codiceFiscale(), k -> patient(r));
    MonitoringProfile profile = profiles.profile(patient.getId());
    if (!profile.isMonitored()
        || (checkAccess && !actor.hasRole(Role.API_CLIENT) && !access.mayOpen(actor, patient))) {
      throw problem(
          r,
          "subject",
          r.patientReference()
              + " is not a patient under tele-monitoring in "
              + actor.tenantName());
    }
    MonitoredParameter p =
        profile
            .parameter(r.code())
            .orElseThrow(
                () ->
                    problem(
                        r,
                        "code",
                        "code "
                            + r.code()
                            + " is not monitored for Patient/"
                            + patient.getId()
                            + " (monitored: "
                            + monitoredCodes(profile)
                            + ")"));
    if (!p.unit().equals(r.unit())) {
      throw problem(
          r,
          "valueQuantity",
          "unit '%s' is wrong for %s: the protocol measures it in %s (UCUM)"
              .formatted(r.unit(), p.name().en(), p.unit()));
    }
    if (r.value() < p.plausibleMin() || r.value() > p.plausibleMax()) {
      throw problem(
          r,
          "valueQuantity",
          "%s %s is not a plausible %s (%s to %s %s)"
              .formatted(
                  number(r.value()),
                  p.unit(),
                  p.name().en(),
                  number(p.plausibleMin()),
                  number(p.plausibleMax()),
                  p.unit()));
    }
    if (r.effectiveAt().isAfter(now.plus(CLOCK_SKEW))) {
      throw problem(r, "effective", r.effectiveAt() + " is in the future");
    }
    Long deviceId = device(r, patient);
    Measurement m =
        new Measurement(
            patient.getId(),
            r.code(),
            r.value(),
            r.unit(),
            r.effectiveAt(),
            r.identifier(),
            deviceId,
            r.status(),
            actor.name(),
            now);
    return new Accepted(patient, corrected(r, m, stored), profile);
  }

  /** An amendment corrects the original; a withdrawal needs one. */
  private Measurement corrected(Reading r, Measurement m, Map<String, Measurement> stored) {
    if (r.status() == Measurement.Status.FINAL) {
      return m;
    }
    Optional<Measurement> original =
        Optional.ofNullable(stored.get(key(r.identifier(), r.code(), Measurement.Status.FINAL)));
    if (original.isEmpty() && r.status() == Measurement.Status.ENTERED_IN_ERROR) {
      throw problem(
          r,
          "status",
          "entered-in-error withdraws a stored reading, but none has identifier "
              + r.identifier().system()
              + "|"
              + r.identifier().value());
    }
    return original.map(m::correcting).orElse(m);
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
    accepted.stream()
        .filter(a -> a.measurement().getCorrectsId() != null)
        .forEach(a -> recent.forget(a.patient().getId(), a.measurement().getCode()));
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
          plan.evaluation()
              .evaluate(code, point, earlier)
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
   * The readings already stored under the identifiers of {@code readings}, by key (looked up by
   * system and value: the unique index's order).
   */
  private Map<String, Measurement> alreadyStored(List<Reading> readings) {
    Map<String, Measurement> stored = new HashMap<>();
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
                .forEach(m -> stored.put(key(m.identifier(), m.getCode(), m.getStatus()), m));
          }
        });
    return stored;
  }

  private static String key(Measurement.Identifier id, String code, Measurement.Status status) {
    return id.system() + "|" + id.value() + "|" + code + "|" + status;
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

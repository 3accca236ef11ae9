package it.lombardia.irt.application.home;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static it.lombardia.irt.testing.PersistenceFixture.TENANT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.device.DeviceLogistics;
import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.patient.CodiceFiscale;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.PersistenceFixture;
import it.lombardia.irt.testing.StoredPathways;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the COT's and the ADI's home pages select: their ASST's work, at the right step only. */
class OperatorQueuesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static PersistenceFixture db;

  @BeforeAll
  static void start() {
    db = new PersistenceFixture();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static Actor operator(String tenant, Role role) {
    return new Actor(
        tenant.toLowerCase() + "." + role.name().toLowerCase(),
        "Operatore " + tenant,
        tenant,
        tenant,
        Set.of(role),
        null,
        "192.0.2.10");
  }

  private static int born;

  /** A valid codice fiscale of a man born on another day of January 1950 each time. */
  private static CodiceFiscale newCodiceFiscale() {
    String first15 = "RSSMRA50A%02dF205".formatted(++born);
    for (char check = 'A'; ; check++) {
      if (CodiceFiscale.isValid(first15 + check)) {
        return CodiceFiscale.parse(first15 + check);
      }
    }
  }

  private static long patient(Session s, String familyName) {
    Patient patient =
        new Patient(
            newCodiceFiscale(), "Mario", familyName, LocalDate.of(1950, 1, 1), "M", "mmg", NOW);
    s.persist(patient);
    return patient.getId();
  }

  /** An enrolment of a new patient named {@code familyName}, put at {@code state}; its id. */
  private static long pathway(String tenant, String familyName, Enrolment.State state) {
    return db.as(
        operator(tenant, Role.COT_OPERATOR), s -> enrolment(s, patient(s, familyName), state));
  }

  private static long enrolment(Session s, long patient, Enrolment.State state) {
    return StoredPathways.enrolment(
        s, patient, TelemedicineService.TELEMONITORING_LEVEL_1, state, NOW);
  }

  /**
   * A device of the ASST at a new patient's, whose pathway is at {@code pathway}, moved through
   * {@code steps}.
   */
  private static long device(
      String tenant, String familyName, Enrolment.State pathway, Device.Status... steps) {
    return db.as(
        operator(tenant, Role.ADI_OPERATOR),
        s -> {
          long patient = patient(s, familyName);
          enrolment(s, patient, pathway);
          Device device = new Device("cardiology", "scale", "SN-" + familyName, NOW);
          for (Device.Status step : steps) {
            device.advance(step, patient, "domicilio");
          }
          s.persist(device);
          return device.getId();
        });
  }

  private static CotQueue.Queue cotQueue(String tenant) {
    return db.as(
        operator(tenant, Role.COT_OPERATOR),
        s -> {
          CotQueue queue = new CotQueue();
          queue.em = s;
          queue.reevaluations = reevaluations(s);
          queue.alarms =
              new Alarms() {
                @Override
                public List<InboxEntry> inbox() {
                  return List.of();
                }
              };
          return queue.cot();
        });
  }

  /** The overdue re-evaluations as the server reads them, with 14 days of grace. */
  private static OverdueReevaluations reevaluations(Session s) {
    OverdueReevaluations reevaluations = new OverdueReevaluations();
    reevaluations.em = s;
    reevaluations.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    reevaluations.availability =
        new ServiceAvailability() {
          @Override
          public int graceDays() {
            return 14;
          }
        };
    return reevaluations;
  }

  /** An active pathway of a new patient whose suitability was to be re-evaluated by {@code due}. */
  private static long reevaluationDue(String tenant, String familyName, LocalDate due) {
    return db.as(
        operator(tenant, Role.COT_OPERATOR),
        s -> {
          long enrolment = enrolment(s, patient(s, familyName), Enrolment.State.ACTIVE);
          s.persist(
              StoredPathways.suitable(
                  enrolment, TelemedicineService.TELEMONITORING_LEVEL_1, due, NOW));
          return enrolment;
        });
  }

  @Test
  void theCotSeesItsAsstsOverdueReevaluationsMostOverdueFirstAndWhichStopBookings() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    long stopped = reevaluationDue(TENANT_A, "Bloccato", today.minusDays(15));
    long inGrace = reevaluationDue(TENANT_A, "Tolleranza", today.minusDays(1));
    reevaluationDue(TENANT_A, "Puntuale", today);
    long elsewhere = reevaluationDue(TENANT_B, "AltraAsst", today.minusDays(30));

    List<OverdueReevaluations.Reevaluation> overdue = cotQueue(TENANT_A).toReevaluate();

    assertEquals(
        List.of(stopped, inGrace),
        overdue.stream().map(OverdueReevaluations.Reevaluation::enrolmentId).toList(),
        "due today is not overdue yet; never another ASST's");
    assertEquals(List.of(true, false), overdue.stream().map(r -> r.bookingsStopped()).toList());
    assertEquals("Bloccato Mario", overdue.get(0).patientName());
    assertEquals(
        List.of(elsewhere),
        cotQueue(TENANT_B).toReevaluate().stream()
            .map(OverdueReevaluations.Reevaluation::enrolmentId)
            .toList());
  }

  private static AdiQueue.Queue adiQueue(String tenant) {
    return db.as(
        operator(tenant, Role.ADI_OPERATOR),
        s -> {
          AdiQueue queue = new AdiQueue();
          queue.em = s;
          queue.logistics =
              new DeviceLogistics() {
                @Override
                public List<CatalogType> catalog() {
                  return List.of();
                }
              };
          return queue.adi();
        });
  }

  @Test
  void theCotProcessesItsAsstsProposalsAndActivatesApprovedPlansButNeverAnotherAsstsOrActiveOnes() {
    long proposed = pathway(TENANT_A, "Proposto", Enrolment.State.PROPOSED);
    long consented = pathway(TENANT_A, "Consenso", Enrolment.State.CONSENT_GIVEN);
    long approved = pathway(TENANT_A, "Approvato", Enrolment.State.PLAN_APPROVED);
    pathway(TENANT_A, "Attivo", Enrolment.State.ACTIVE);
    pathway(TENANT_A, "Chiuso", Enrolment.State.CLOSED);
    long elsewhere = pathway(TENANT_B, "Altrove", Enrolment.State.PROPOSED);

    CotQueue.Queue queue = cotQueue(TENANT_A);

    List<Long> toProcess = queue.toProcess().stream().map(CotQueue.Pathway::enrolmentId).toList();
    assertEquals(List.of(proposed, consented), toProcess, "oldest first, before the plan");
    assertEquals(
        List.of(approved), queue.toActivate().stream().map(CotQueue.Pathway::enrolmentId).toList());
    assertEquals("Approvato Mario", queue.toActivate().get(0).patientName());
    assertEquals(
        List.of(elsewhere),
        cotQueue(TENANT_B).toProcess().stream().map(CotQueue.Pathway::enrolmentId).toList());
  }

  @Test
  void theAdiDeliversAssignedInstallsDeliveredAndCollectsFaultyOrLeftAfterThePathwayClosed() {
    Enrolment.State active = Enrolment.State.ACTIVE;
    long assigned = device(TENANT_A, "Assegnato", active, Device.Status.ASSIGNED);
    long delivered =
        device(TENANT_A, "Consegnato", active, Device.Status.ASSIGNED, Device.Status.DELIVERED);
    long faulty =
        device(
            TENANT_A,
            "Guasto",
            active,
            Device.Status.ASSIGNED,
            Device.Status.DELIVERED,
            Device.Status.FAULTY);
    long left =
        device(
            TENANT_A,
            "Dimesso",
            Enrolment.State.CLOSED,
            Device.Status.ASSIGNED,
            Device.Status.DELIVERED,
            Device.Status.INSTALLED,
            Device.Status.IN_USE);
    device(TENANT_B, "AltraAsst", active, Device.Status.ASSIGNED);

    AdiQueue.Queue queue = adiQueue(TENANT_A);

    assertEquals(List.of(assigned), ids(queue.toDeliver()));
    assertEquals(Device.Status.DELIVERED, queue.toDeliver().get(0).next());
    assertEquals("Assegnato Mario", queue.toDeliver().get(0).patientName());
    assertEquals(List.of(delivered), ids(queue.toInstall()));
    assertEquals(
        List.of(faulty, left),
        ids(queue.toCollect()),
        "faulty, or in use at a patient whose pathway closed: to collect");
  }

  private static List<Long> ids(List<AdiQueue.Task> tasks) {
    return tasks.stream().map(AdiQueue.Task::deviceId).toList();
  }
}

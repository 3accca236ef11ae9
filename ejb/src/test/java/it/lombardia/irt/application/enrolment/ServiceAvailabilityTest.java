package it.lombardia.irt.application.enrolment;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static it.lombardia.irt.testing.PersistenceFixture.TENANT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.patient.CodiceFiscale;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.config.TenantSettings;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.PersistenceFixture;
import it.lombardia.irt.testing.StoredPathways;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a booking needs, read from a real schema (Hibernate on H2, the Flyway scripts): the pathway
 * and its re-evaluation with the ASST's grace period, or a consent given outside any pathway — of
 * the caller's ASST only.
 */
class ServiceAvailabilityTest {

  /** 1 December 2026; the re-evaluations below were due on 10 November, 21 days before. */
  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private static final LocalDate DUE = LocalDate.of(2026, 11, 10);
  private static PersistenceFixture db;
  private static int born;

  @BeforeAll
  static void start() {
    db = new PersistenceFixture();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  static Actor physician(String tenant) {
    return new Actor(
        tenant.toLowerCase() + ".mmg",
        "Medico",
        tenant,
        tenant,
        Set.of(Role.PHYSICIAN),
        null,
        null);
  }

  /** The service as the server builds it, with the ASST's settings but no server configuration. */
  static ServiceAvailability availability(Session s) {
    ServiceAvailability availability = new ServiceAvailability();
    availability.em = s;
    availability.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    availability.settings =
        new TenantSettings() {
          @Override
          public String get(Setting setting, String tenantCode, Map<String, String> stored) {
            return stored.getOrDefault(setting.key(), setting.defaultValue());
          }
        };
    return availability;
  }

  static long patient(Session s) {
    String first15 = "BNCLRA60A%02dF205".formatted(++born);
    char check = 'A';
    while (!CodiceFiscale.isValid(first15 + check)) {
      check++;
    }
    Patient patient =
        new Patient(
            CodiceFiscale.parse(first15 + check),
            "Lara",
            "Bianchi",
            LocalDate.of(1960, 1, 1),
            "F",
            "mmg",
            NOW);
    s.persist(patient);
    return patient.getId();
  }

  /** An active televisit pathway of a new patient whose suitability was due on {@code due}. */
  static long[] televisitPathway(Session s, LocalDate due) {
    long patient = patient(s);
    long enrolment =
        StoredPathways.enrolment(
            s, patient, TelemedicineService.TELEVISIT, Enrolment.State.ACTIVE, NOW);
    s.persist(StoredPathways.suitable(enrolment, TelemedicineService.TELEVISIT, due, NOW));
    return new long[] {patient, enrolment};
  }

  private static Consent consentWithoutPathway(Session s, long patient) {
    ConsentText text =
        new ConsentText(ConsentText.Kind.TELEMEDICINE, "it", 1, "Acconsento", "admin", NOW);
    ConsentText privacy =
        new ConsentText(ConsentText.Kind.PRIVACY_NOTICE, "it", 1, "Informativa", "admin", NOW);
    s.persist(text);
    s.persist(privacy);
    Consent consent =
        new Consent(
            patient,
            null,
            text,
            privacy,
            Consent.Method.DIGITAL,
            null,
            EnumSet.of(TelemedicineService.TELEVISIT, TelemedicineService.TELECONSULT),
            "mmg",
            NOW);
    s.persist(consent);
    return consent;
  }

  private static String refusal(String tenant, long patient, TelemedicineService service) {
    return assertThrows(
            RuleViolation.class,
            () -> db.as(physician(tenant), s -> availability(s).requireBookable(patient, service)))
        .key();
  }

  private static Optional<Long> bookable(long patient, TelemedicineService service) {
    return db.as(physician(TENANT_A), s -> availability(s).requireBookable(patient, service));
  }

  @Test
  void aConsentGivenOutsideAPathwayOpensTelevisitsAndConsultsOfItsAsstOnly() {
    long patient = db.as(physician(TENANT_A), ServiceAvailabilityTest::patient);
    assertEquals(
        "error.booking.noConsent", refusal(TENANT_A, patient, TelemedicineService.TELEVISIT));

    long consent = db.as(physician(TENANT_A), s -> consentWithoutPathway(s, patient).getId());

    assertEquals(Optional.empty(), bookable(patient, TelemedicineService.TELEVISIT), "no pathway");
    assertEquals(Optional.empty(), bookable(patient, TelemedicineService.TELECONSULT));
    assertEquals(
        "error.booking.noConsent",
        refusal(TENANT_A, patient, TelemedicineService.HEALTH_TELECONSULTANCY),
        "a service the consent does not name");
    assertEquals(
        "error.booking.notActive",
        refusal(TENANT_A, patient, TelemedicineService.TELEASSISTANCE),
        "tele-assistance needs a pathway");
    assertEquals(
        "error.booking.noConsent",
        refusal(TENANT_B, patient, TelemedicineService.TELEVISIT),
        "another ASST never sees the consent");

    db.as(
        physician(TENANT_A),
        s -> {
          s.find(Consent.class, consent).withdraw("mmg", "revocato a voce", NOW);
          return null;
        });
    assertEquals(
        "error.booking.noConsent", refusal(TENANT_A, patient, TelemedicineService.TELEVISIT));
  }

  @Test
  void anOverdueReevaluationStopsBookingsAfterTheAsstsGracePeriod() {
    long[] pathway = db.as(physician(TENANT_A), s -> televisitPathway(s, DUE));

    assertEquals(
        "error.booking.reevaluationOverdue",
        refusal(TENANT_A, pathway[0], TelemedicineService.TELEVISIT),
        "21 days overdue, past the default 14 days of grace");

    setGrace(TENANT_A, "30");
    try {
      assertEquals(
          Optional.of(pathway[1]),
          bookable(pathway[0], TelemedicineService.TELEVISIT),
          "the ASST's 30 days: booked, inside the pathway");
    } finally {
      setGrace(TENANT_A, null);
    }
  }

  @Test
  void aReevaluationInTimeKeepsThePathwayBookable() {
    long[] pathway = db.as(physician(TENANT_A), s -> televisitPathway(s, DUE.plusMonths(6)));

    assertEquals(Optional.of(pathway[1]), bookable(pathway[0], TelemedicineService.TELEVISIT));
  }

  @Test
  void outsideAPathwayOnlyTheConsentToTelevisitsAndConsultsIsCollected() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                new Consent(
                    1L,
                    null,
                    new ConsentText(ConsentText.Kind.TELEMEDICINE, "it", 1, "x", "admin", NOW),
                    new ConsentText(ConsentText.Kind.PRIVACY_NOTICE, "it", 1, "x", "admin", NOW),
                    Consent.Method.DIGITAL,
                    null,
                    EnumSet.of(TelemedicineService.TELEMONITORING_LEVEL_1),
                    "mmg",
                    NOW));
    assertEquals("error.consent.withoutPathway", refused.key());
  }

  static void setGrace(String tenant, String days) {
    db.inRegion(
        s -> {
          s.find(Tenant.class, tenant)
              .replaceSettings(
                  days == null ? Map.of() : Map.of(Setting.REEVALUATION_GRACE_DAYS.key(), days));
          return null;
        });
  }
}

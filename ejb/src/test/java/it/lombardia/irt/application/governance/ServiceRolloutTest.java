package it.lombardia.irt.application.governance;

import static it.lombardia.irt.testing.PersistenceFixture.TENANT_A;
import static it.lombardia.irt.testing.PersistenceFixture.TENANT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.PersistenceFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roll-out over the migrated schema: what the Region sets is what each ASST may deliver. */
class ServiceRolloutTest {

  // 23:30 UTC on the 1st of March is already the 2nd in Italy
  private static final Instant NOW = Instant.parse("2027-03-01T23:30:00Z");
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 2);

  private PersistenceFixture db;

  @BeforeEach
  void start() {
    db = new PersistenceFixture();
  }

  @AfterEach
  void stop() {
    db.close();
  }

  private <T> T as(Actor actor, Function<ServiceRollout, T> work) {
    return db.as(
        actor,
        s -> {
          ServiceRollout rollout = new ServiceRollout();
          rollout.em = s;
          rollout.clock = Clock.fixed(NOW, Italy.ZONE);
          return work.apply(rollout);
        });
  }

  private void region(String tenant, String service, LocalDate from) {
    as(Actor.system(), r -> r.set(tenant, service, from));
  }

  private RuleViolation refused(String tenant, TelemedicineService service) {
    return assertThrows(
        RuleViolation.class,
        () ->
            as(
                PersistenceFixture.admin(tenant),
                r -> {
                  r.requireEnabled(service);
                  return null;
                }));
  }

  @Test
  void aServiceIsRefusedUntilItsDayInItalianTimeWithTheReason() {
    assertEquals(
        "error.rollout.disabled", refused(TENANT_A, TelemedicineService.TELECONSULT).key());

    region(TENANT_A, "teleconsult", TODAY.plusDays(1));
    RuleViolation notYet = refused(TENANT_A, TelemedicineService.TELECONSULT);
    assertEquals("error.rollout.notYet", notYet.key());
    assertEquals(
        "TELECONSULT is enabled for ASST-TEST-A from 2027-03-03 by the Region (phased roll-out),"
            + " not before",
        notYet.getMessage());

    region(TENANT_A, "TELECONSULT", TODAY);
    as(
        PersistenceFixture.admin(TENANT_A),
        r -> {
          r.requireEnabled(TelemedicineService.TELECONSULT);
          return null;
        });
    assertEquals(
        "error.rollout.disabled",
        refused(TENANT_B, TelemedicineService.TELECONSULT).key(),
        "another ASST is not enabled by it");
  }

  @Test
  void anEnrolmentIsRefusedForAnyOfItsServicesNotEnabled() {
    region(TENANT_A, "televisit", TODAY);
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                as(
                    PersistenceFixture.admin(TENANT_A),
                    r -> {
                      r.requireEnabled(
                          EnumSet.of(
                              TelemedicineService.TELEVISIT,
                              TelemedicineService.TELEMONITORING_LEVEL_1));
                      return null;
                    }));
    assertTrue(refused.getMessage().startsWith("TELEMONITORING_LEVEL_1 is not enabled"));
  }

  @Test
  void theRegionDisablesAServiceAndEachAdministratorSeesOnlyItsOwnAsst() {
    region(TENANT_A, "telemonitoring-level-1", TODAY.minusDays(10));
    region(TENANT_B, "TELEVISIT", TODAY);
    region(TENANT_A, "TELEMONITORING_LEVEL_1", null);

    List<ServiceRollout.ServiceState> own =
        as(PersistenceFixture.admin(TENANT_A), ServiceRollout::own);
    assertEquals(TelemedicineService.values().length, own.size());
    ServiceRollout.ServiceState monitoring = own.get(4);
    assertEquals(TelemedicineService.TELEMONITORING_LEVEL_1, monitoring.service());
    assertEquals(null, monitoring.from());
    assertEquals("system", monitoring.setBy(), "who disabled it");
    assertTrue(own.stream().noneMatch(ServiceRollout.ServiceState::enabledToday));

    assertEquals(
        EnumSet.of(TelemedicineService.TELEVISIT),
        as(PersistenceFixture.admin(TENANT_B), ServiceRollout::enabledToday));
  }

  @Test
  void onlyTheRegionSetsAndUnknownAsstsAndServicesAreRefusedPrecisely() {
    assertThrows(
        AccessDeniedException.class,
        () -> as(PersistenceFixture.admin(TENANT_A), r -> r.set(TENANT_A, "TELEVISIT", TODAY)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(PersistenceFixture.admin(TENANT_A), r -> r.of(TENANT_B)));
    assertThrows(NotFoundException.class, () -> region("ASST-ATLANTIDE", "TELEVISIT", TODAY));
    InvalidInputException unknown =
        assertThrows(InvalidInputException.class, () -> region(TENANT_A, "telepathy", TODAY));
    assertTrue(
        unknown.problems().get(0).message().startsWith("unknown service 'telepathy'; one of"),
        unknown.problems().get(0).message());
  }

  @Test
  void aNewAsstStartsWithTelevisitAndTeleconsultFromTheDayItIsCreated() {
    as(
        Actor.system(),
        r -> {
          r.startFirstPhase(TENANT_B);
          return null;
        });

    List<ServiceRollout.ServiceState> states = as(Actor.system(), r -> r.of(TENANT_B));
    assertEquals(
        List.of(TelemedicineService.TELEVISIT, TelemedicineService.TELECONSULT),
        states.stream().filter(s -> s.from() != null).map(s -> s.service()).toList());
    assertTrue(states.stream().filter(s -> s.from() != null).allMatch(s -> TODAY.equals(s.from())));
  }
}

package it.lombardia.irt.application.encounter;

import static it.lombardia.irt.testing.Calls.as;
import static it.lombardia.irt.testing.accounts.AccountsWorld.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.encounter.SatisfactionSurveys.ServiceSatisfaction;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.encounters.InMemoryEncounters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The satisfaction questionnaire's offer and the ASST's KPI over it, questionnaires in memory. */
class SatisfactionSurveysTest {

  private static final Actor ADMIN = person("admin", Role.TENANT_ADMIN);
  private static final Actor PHYSICIAN = person("mmg", Role.PHYSICIAN);

  /** 2 March 2026, 0:30 in Italy (still 1 March in UTC). */
  private static final Instant EARLY_ON_THE_SECOND = Instant.parse("2026-03-01T23:30:00Z");

  private final InMemoryEncounters store = new InMemoryEncounters();
  private final SatisfactionSurveys surveys = new SatisfactionSurveys();

  SatisfactionSurveysTest() {
    surveys.encounters = store;
    surveys.surveyDays = 7;
  }

  @Test
  void aQuestionnaireOfferedAfterAnEncounterIsOpenForTheConfiguredDays() {
    as(
        PHYSICIAN,
        () -> surveys.offer(encounter(TelemedicineService.TELEVISIT), EARLY_ON_THE_SECOND));

    SatisfactionSurvey offered = store.surveys.rows.get(0);
    assertTrue(offered.isOpenAt(EARLY_ON_THE_SECOND.plusSeconds(7 * 86_400 - 1)));
    assertFalse(offered.isOpenAt(EARLY_ON_THE_SECOND.plusSeconds(7 * 86_400)));
  }

  @Test
  void theKpiCountsEachServicesOffersAndAnswersByItalianDayWithTheMeanOfEachQuestion() {
    offered(TelemedicineService.TELEVISIT, EARLY_ON_THE_SECOND, 5, 4, 3, 2, 1);
    offered(TelemedicineService.TELEVISIT, EARLY_ON_THE_SECOND, 3, 4, 5, 4, 5);
    offered(TelemedicineService.TELEVISIT, EARLY_ON_THE_SECOND);
    offered(TelemedicineService.TELEREHABILITATION, EARLY_ON_THE_SECOND);
    offered(TelemedicineService.TELEVISIT, EARLY_ON_THE_SECOND.minusSeconds(3_600), 1, 1, 1, 1, 1);

    List<ServiceSatisfaction> kpi =
        as(ADMIN, () -> surveys.report(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));

    assertEquals(
        List.of(
            new ServiceSatisfaction(
                TelemedicineService.TELEVISIT, 3, 2, List.of(4.0, 4.0, 4.0, 3.0, 3.0)),
            new ServiceSatisfaction(
                TelemedicineService.TELEREHABILITATION,
                1,
                0,
                Arrays.asList(null, null, null, null, null))),
        kpi,
        "the one offered at 23:30 on 1 March in Italy falls outside the day");
  }

  @Test
  void onlyTheAsstsAdministratorReadsTheKpiForAPeriodThatEndsAfterItStarts() {
    LocalDate day = LocalDate.of(2026, 3, 2);

    assertThrows(AccessDeniedException.class, () -> as(PHYSICIAN, () -> surveys.report(day, day)));
    InvalidInputException backwards =
        assertThrows(
            InvalidInputException.class,
            () -> as(ADMIN, () -> surveys.report(day, day.minusDays(1))));
    assertEquals("error.record.period", backwards.problems().get(0).key());
  }

  private void offered(TelemedicineService service, Instant at, Integer... scores) {
    as(PHYSICIAN, () -> surveys.offer(encounter(service), at));
    if (scores.length > 0) {
      store.surveys.rows.get(store.surveys.rows.size() - 1).answer(List.of(scores), null, at);
    }
  }

  private Encounter encounter(TelemedicineService service) {
    Encounter encounter =
        new Encounter(42L, service, true, true, "mmg", "mmg", "irt-room", EARLY_ON_THE_SECOND);
    store.add(encounter);
    return encounter;
  }
}

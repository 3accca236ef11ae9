package it.lombardia.irt.application.encounter;

import static it.lombardia.irt.testing.Calls.as;
import static it.lombardia.irt.testing.accounts.AccountsWorld.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.agenda.InMemoryAgendas;
import it.lombardia.irt.application.enrolment.InMemoryEnrolmentRepository;
import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.application.governance.ServiceRollouts;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.RecordedEntries;
import it.lombardia.irt.application.training.TrainingCheck;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterCompleted;
import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.RecordedEvents;
import it.lombardia.irt.testing.encounters.InMemoryEncounters;
import it.lombardia.irt.testing.plans.InMemoryCarePlans;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The encounters' lifecycle and each service's rules, without a server: encounters, agendas and
 * plans in memory, the real booking rules, the care and the pathway as each test states them.
 */
class EncountersTest {

  private static final Actor CARDIOLOGIST = person("cardiologo", Role.PHYSICIAN);
  private static final Actor MMG = person("mmg", Role.PHYSICIAN);
  private static final Actor NURSE = person("infermiera", Role.NURSE);
  private static final Actor PHYSIOTHERAPIST = person("fisioterapista", Role.HEALTH_PROFESSIONAL);
  private static final long PATIENT = 42;
  private static final long PATHWAY = 7;

  /** Monday 2 March 2026, 9:00 in Italy. */
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  private static final LocalDateTime NEXT_YEAR = LocalDateTime.of(2027, 3, 2, 9, 0);

  private final Clock clock = Clock.fixed(NOW, Italy.ZONE);
  private final InMemoryEncounters store = new InMemoryEncounters();
  private final InMemoryCarePlans plans = new InMemoryCarePlans();
  private final InMemoryEnrolmentRepository enrolments = new InMemoryEnrolmentRepository();
  private final Map<String, UserAccount> accounts = new HashMap<>();
  private final RecordedEntries record = new RecordedEntries();
  private final RecordedEvents<EncounterCompleted> completed = new RecordedEvents<>();
  private final Set<TelemedicineService> consentedWithoutPathway =
      EnumSet.noneOf(TelemedicineService.class);
  private final Set<TelemedicineService> inPathway = EnumSet.noneOf(TelemedicineService.class);
  private boolean leadInHomeCareTeam = true;
  private final InMemoryAgendas booking;
  private final Encounters encounters = new Encounters();

  EncountersTest() {
    PatientAccessPolicy policy =
        new PatientAccessPolicy() {
          @Override
          public Patient requireToRead(long patientId, RecordPart part, Roles roles) {
            return null; // the caller is in the patient's care
          }

          @Override
          public Patient requireToChange(long patientId, RecordPart part, Roles roles) {
            return null;
          }

          @Override
          public Patient find(long id) {
            return null;
          }

          @Override
          public boolean isInHomeCareTeam(String username, Patient patient) {
            return leadInHomeCareTeam;
          }
        };
    ServiceAvailability availability =
        new ServiceAvailability() {
          @Override
          protected List<Long> activePathways(long patientId, TelemedicineService service) {
            return inPathway.contains(service) ? List.of(PATHWAY) : List.of();
          }

          @Override
          protected Optional<LocalDate> reevaluationDue(
              long enrolmentId, TelemedicineService service) {
            return Optional.empty();
          }

          @Override
          protected LocalDate today() {
            return LocalDate.now(clock);
          }

          @Override
          public Set<TelemedicineService> consentedWithoutPathway(long patientId) {
            return consentedWithoutPathway;
          }

          @Override
          public int graceDays() {
            return 14;
          }
        };
    booking = new InMemoryAgendas(clock, policy, availability, record);
    account("cardiologo", Role.PHYSICIAN, PhysicianSpecialty.SPECIALIST);
    account("mmg", Role.PHYSICIAN, PhysicianSpecialty.MMG);
    account("infermiera", Role.NURSE, null);
    account("fisioterapista", Role.HEALTH_PROFESSIONAL, null);

    SatisfactionSurveys surveys = new SatisfactionSurveys();
    surveys.encounters = store;
    surveys.surveyDays = 7;
    Rehabilitations rehabilitations = new Rehabilitations();
    rehabilitations.encounters = store;
    rehabilitations.plans = plans;
    rehabilitations.enrolments = enrolments;
    TeleControls teleControls = new TeleControls();
    teleControls.clock = clock;
    teleControls.encounters = store;
    teleControls.plans = plans;
    teleControls.enrolments = enrolments;
    LinkValidity linkValidity = new LinkValidity();
    linkValidity.encounters = store;
    linkValidity.agendas = booking.repository;
    linkValidity.linkHours = 4;

    encounters.repository = store;
    encounters.agendaRepository = booking.repository;
    encounters.plans = plans;
    encounters.enrolments = enrolments;
    encounters.clock = clock;
    encounters.policy = policy;
    encounters.availability = availability;
    encounters.agendas = booking.agendas;
    encounters.record = record;
    encounters.surveys = surveys;
    encounters.users =
        new UserDirectory() {
          @Override
          public Optional<UserAccount> find(String username) {
            return Optional.ofNullable(accounts.get(username));
          }
        };
    encounters.teleControls = teleControls;
    encounters.rehabilitations = rehabilitations;
    encounters.linkValidity = linkValidity;
    encounters.completed = completed;
    encounters.rollout = ServiceRollouts.everyService();
    // every professional trained: the training rules are TrainingRuleTest's
    encounters.training =
        new TrainingCheck() {
          @Override
          public void requireTrained(String username, TelemedicineService service) {}
        };
  }

  @Test
  void booksATelevisitWithoutAPathwayOnlyOnThePatientsConsent() {
    long slot = televisitSlot();
    long diagnosis = diagnosis(PATIENT);
    EncounterForm form = televisit(diagnosis, null);

    RuleViolation noConsent =
        assertThrows(RuleViolation.class, () -> as(MMG, () -> encounters.book(slot, form)));
    assertEquals("error.booking.noConsent", noConsent.key());
    assertTrue(store.encounters.rows.isEmpty(), "no encounter without the consent");

    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    Encounter booked = as(MMG, () -> encounters.book(slot, form));

    assertEquals("cardiologo", booked.getLeadUsername(), "led by the agenda's owner");
    assertEquals(slot, booked.getSlotId());
    assertEquals(diagnosis, booked.getDiagnosisId());
    assertNull(booked.getEnrolmentId(), "held outside any pathway");
    assertEquals(Slot.Status.BOOKED, booking.repository.slot(slot).orElseThrow().getStatus());
  }

  @Test
  void aTelevisitFollowsUpADiagnosisOfItsOwnPatientOnly() {
    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    long ofAnotherPatient = diagnosis(PATIENT + 1);

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                as(MMG, () -> encounters.book(televisitSlot(), televisit(ofAnotherPatient, null))));

    assertEquals("error.televisit.diagnosis", refused.key());
  }

  @Test
  void aSpecialistOutsideTheHomeCareTeamHoldsATelevisitOnAValidNre() {
    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    leadInHomeCareTeam = false;
    long diagnosis = diagnosis(PATIENT);

    RuleViolation noNre =
        assertThrows(
            RuleViolation.class,
            () -> as(MMG, () -> encounters.book(televisitSlot(), televisit(diagnosis, "123"))));
    assertEquals("error.televisit.nre", noNre.key());

    Encounter booked =
        as(MMG, () -> encounters.book(televisitSlot(), televisit(diagnosis, "030A0A123456789")));
    assertEquals("030A0A123456789", booked.getNre());
  }

  @Test
  void onlyAPhysicianLeadsATelevisit() {
    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    long diagnosis = diagnosis(PATIENT);

    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> as(NURSE, () -> encounters.open(televisit(diagnosis, null))));

    assertEquals("error.encounter.physician", refused.key());
  }

  @Test
  void aTeleconsultancyIsAlwaysBookedOnAnAgenda() {
    EncounterForm now =
        new EncounterForm(
            PATIENT,
            TelemedicineService.HEALTH_TELECONSULTANCY,
            true,
            false,
            null,
            null,
            "Come impostiamo la riabilitazione respiratoria?",
            List.of("infermiera"),
            null);

    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> as(PHYSIOTHERAPIST, () -> encounters.open(now)));

    assertEquals("error.encounter.scheduledOnly", refused.key());
    assertTrue(store.encounters.rows.isEmpty());
  }

  @Test
  void aTeleconsultIsCompletedByItsLeadOnceTheCollaborativeReportIsFinal() {
    consentedWithoutPathway.add(TelemedicineService.TELECONSULT);
    Encounter consult = as(MMG, () -> encounters.open(teleconsult()));
    long id = consult.getId();
    assertEquals(List.of(consult), as(CARDIOLOGIST, encounters::mine), "in the colleague's inbox");

    assertThrows(
        AccessDeniedException.class,
        () -> as(CARDIOLOGIST, () -> encounters.complete(id, List.of())),
        "the consulted colleague does not close it");
    RuleViolation noReport =
        assertThrows(RuleViolation.class, () -> as(MMG, () -> encounters.complete(id, List.of())));
    assertEquals("error.encounter.outcomeMissing", noReport.key());

    store.signOutcome(id, OutcomeKind.COLLABORATIVE_REPORT);
    as(MMG, () -> encounters.complete(id, List.of()));

    assertEquals(Encounter.State.COMPLETED, consult.getState());
    assertEquals(List.of(new EncounterCompleted(id)), completed.fired);
    assertTrue(store.surveys.rows.isEmpty(), "no questionnaire when the patient took no part");
    assertTrue(record.last().startsWith("record.entry.encounter.completed"), record.last());
    assertTrue(as(CARDIOLOGIST, encounters::mine).isEmpty(), "no longer open");
    RuleViolation over =
        assertThrows(
            RuleViolation.class, () -> as(MMG, () -> encounters.cancel(id, "troppo tardi")));
    assertEquals("error.encounter.closed", over.key());
  }

  @Test
  void aCompletedTelevisitOffersThePatientTheQuestionnaire() {
    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    long diagnosis = diagnosis(PATIENT);
    Encounter visit = as(MMG, () -> encounters.open(televisit(diagnosis, null)));
    store.signOutcome(visit.getId(), OutcomeKind.ANNOTATION);

    as(MMG, () -> encounters.complete(visit.getId(), List.of()));

    assertEquals(visit.getId(), store.survey(visit.getId()).orElseThrow().getEncounterId());
  }

  @Test
  void cancellingABookedEncounterFreesItsSlot() {
    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    long slot = televisitSlot();
    long encounter =
        as(MMG, () -> encounters.book(slot, televisit(diagnosis(PATIENT), null))).getId();
    assertEquals(Map.of(slot, encounter), encounters.encounterIdsOnSlots(List.of(slot)));

    as(MMG, () -> encounters.cancelOnSlot(slot, "la paziente è ricoverata"));

    assertEquals(Encounter.State.CANCELLED, store.find(encounter).orElseThrow().getState());
    assertEquals(Slot.Status.FREE, booking.repository.slot(slot).orElseThrow().getStatus());
    assertTrue(encounters.encounterIdsOnSlots(List.of(slot)).isEmpty());
    assertTrue(store.locksTaken > 0, "changed under the encounter's row lock");
  }

  @Test
  void aTeleRehabilitationSessionBelongsToAnApprovedPriAfterTheUvm() {
    inPathway.add(TelemedicineService.TELEREHABILITATION);
    assertEquals("error.rehab.noPri", refusedSession().key());

    CarePlan pri = approvedPri(2);
    assertEquals("error.rehab.noUvm", refusedSession().key());

    enrolments.add(
        new Uvm(
            pri.getEnrolmentId(),
            LocalDate.of(2026, 2, 20),
            List.of(),
            Uvm.Mode.IN_PRESENCE,
            "idoneo",
            "mmg",
            NOW));
    Encounter first = as(PHYSIOTHERAPIST, () -> encounters.open(rehabilitation()));
    assertEquals(1, first.getSessionNumber());
    assertEquals(pri.getId(), first.getCarePlanId());
    assertEquals(PATHWAY, first.getEnrolmentId());
    assertEquals(
        List.of(
            new ObjectiveProgress("Camminare 100 m", ObjectiveProgress.Status.NOT_STARTED, null)),
        first.getObjectives());

    as(PHYSIOTHERAPIST, () -> encounters.open(rehabilitation()));
    assertEquals("error.rehab.cycleDone", refusedSession().key(), "both planned sessions taken");

    pri.conclude();
    assertEquals("error.rehab.concluded", refusedSession().key());
  }

  @Test
  void aTeleControlCallNeedsAnActivePaiWithTeleControl() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                as(
                    MMG,
                    () ->
                        encounters.open(
                            new EncounterForm(
                                PATIENT,
                                TelemedicineService.TELECONTROL,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))));

    assertEquals("error.telecontrol.noPlan", refused.key());
  }

  private RuleViolation refusedSession() {
    return assertThrows(
        RuleViolation.class, () -> as(PHYSIOTHERAPIST, () -> encounters.open(rehabilitation())));
  }

  private CarePlan approvedPri(int sessions) {
    CarePlan pri = new CarePlan(PATHWAY, PATIENT, CarePlan.Kind.PRI, 1, "1.0.0", "fisiatra");
    pri.write(
        new CarePlan.Content(
            "Camminare 100 m",
            "Due sedute a settimana",
            EnumSet.of(TelemedicineService.TELEREHABILITATION),
            LocalDate.of(2026, 6, 1),
            List.of(new CarePlan.Member("fisioterapista", "fisioterapista")),
            List.of(),
            List.of(),
            sessions,
            2,
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 4, 30)),
        "fisiatra");
    pri.approve("fisiatra", NOW);
    as(MMG, () -> plans.plans.insert(pri));
    return pri;
  }

  private static EncounterForm rehabilitation() {
    return new EncounterForm(
        PATIENT, TelemedicineService.TELEREHABILITATION, null, null, null, null, null, null, null);
  }

  private static EncounterForm televisit(long diagnosisId, String nre) {
    return new EncounterForm(
        PATIENT, TelemedicineService.TELEVISIT, null, null, diagnosisId, nre, null, null, null);
  }

  private static EncounterForm teleconsult() {
    return new EncounterForm(
        PATIENT,
        TelemedicineService.TELECONSULT,
        false,
        false,
        null,
        null,
        "La terapia diuretica va aumentata?",
        List.of("cardiologo"),
        null);
  }

  private long diagnosis(long patientId) {
    return as(
            MMG,
            () ->
                encounters.recordDiagnosis(
                    patientId,
                    "Scompenso cardiaco",
                    "428.0",
                    LocalDate.of(2026, 2, 1),
                    "Dr. Rossi",
                    null))
        .getId();
  }

  /** A free video slot of the cardiologist's televisit agenda, next year. */
  private long televisitSlot() {
    return as(
        CARDIOLOGIST,
        () -> {
          long agenda =
              booking
                  .agendas
                  .create(TelemedicineService.TELEVISIT, "Televisite", Set.of(Role.PHYSICIAN))
                  .getId();
          return booking
              .agendas
              .openSlots(agenda, NEXT_YEAR, 1, 20, Slot.Modality.VIDEO)
              .get(0)
              .id();
        });
  }

  private void account(String username, Role role, PhysicianSpecialty specialty) {
    UserAccount account = new UserAccount(username, username, "hash", NOW);
    account.replaceRoles(Set.of(role));
    account.setSpecialty(specialty);
    accounts.put(username, account);
  }
}

package it.lombardia.irt.application.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.governance.ServiceRollouts;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.RecordedEntries;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.agenda.SlotBooked;
import it.lombardia.irt.domain.model.patient.CodiceFiscale;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.Ids;
import it.lombardia.irt.testing.RecordedEvents;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The booking rules, without a server: agendas in memory, the care and the pathway as stated. */
class AgendasTest {

  private static final Actor CARDIOLOGIST = person("cardiologo", Role.PHYSICIAN);
  private static final Actor MMG = person("mmg", Role.PHYSICIAN);
  private static final long PATIENT = 42;

  /** Monday 2 March 2026, 9:00 in Italy. */
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  private static final LocalDateTime NEXT_YEAR = LocalDateTime.of(2027, 3, 2, 9, 0);

  private final InMemoryAgendaRepository repository = new InMemoryAgendaRepository();
  private final Set<TelemedicineService> activeServices = EnumSet.noneOf(TelemedicineService.class);
  private final Set<TelemedicineService> consentedWithoutPathway =
      EnumSet.noneOf(TelemedicineService.class);
  private LocalDate reevaluateOn = LocalDate.of(2026, 9, 1);
  private int graceDays = 14;
  private final RecordedEntries recorded = new RecordedEntries();
  private final List<String> record = recorded.entries;
  private final Agendas agendas = new Agendas();
  private final RecordedEvents<SlotBooked> bookings = new RecordedEvents<>();
  private final Map<TelemedicineService, LocalDate> rollout = new HashMap<>();

  AgendasTest() {
    agendas.clock = Clock.fixed(NOW, Italy.ZONE);
    agendas.agendas = repository;
    agendas.patients = ids -> List.of();
    agendas.policy =
        new PatientAccessPolicy() {
          @Override
          public Patient requireToChange(long patientId, RecordPart part, Roles roles) {
            return null; // the caller is in the patient's care
          }
        };
    // the real rule, over the pathway, consents and suitability stated by each test
    ServiceAvailability availability =
        new ServiceAvailability() {
          @Override
          protected List<Long> activePathways(long patientId, TelemedicineService service) {
            return activeServices.contains(service) ? List.of(7L) : List.of();
          }

          @Override
          protected Optional<LocalDate> reevaluationDue(
              long enrolmentId, TelemedicineService service) {
            return Optional.of(reevaluateOn);
          }

          @Override
          public Set<TelemedicineService> consentedWithoutPathway(long patientId) {
            return consentedWithoutPathway;
          }

          @Override
          public int graceDays() {
            return graceDays;
          }

          @Override
          protected LocalDate today() {
            return LocalDate.now(agendas.clock);
          }
        };
    agendas.availability = availability;
    agendas.rollout = ServiceRollouts.from(agendas.clock, rollout, ServiceRollout.EXISTING_FROM);
    agendas.record = recorded;
    agendas.booked = bookings;
  }

  @Test
  void opensConsecutiveSlotsAndRefusesOnesOverlappingThem() {
    long agenda = televisitAgendaOfTheCardiologist();

    List<SlotView> opened =
        as(CARDIOLOGIST, () -> agendas.openSlots(agenda, NEXT_YEAR, 3, 20, Slot.Modality.VIDEO));

    assertEquals(3, opened.size());
    assertEquals(3, repository.slots.size());
    RuleViolation overlap =
        assertThrows(
            RuleViolation.class,
            () ->
                as(
                    CARDIOLOGIST,
                    () -> agendas.openSlots(agenda, NEXT_YEAR.plusMinutes(50), 2, 20, null)));
    assertEquals("error.agenda.overlap", overlap.key());
    assertEquals(3, repository.slots.size(), "nothing opened by a refused request");
  }

  @Test
  void refusesSlotsStartingBeforeNowInItalianTime() {
    long agenda = televisitAgendaOfTheCardiologist();
    LocalDateTime today = LocalDateTime.of(2026, 3, 2, 0, 0);

    RuleViolation past =
        assertThrows(
            RuleViolation.class,
            () ->
                as(CARDIOLOGIST, () -> agendas.openSlots(agenda, today.withHour(8), 1, 20, null)));
    assertEquals("error.slot.past", past.key());
    assertEquals(
        1,
        as(CARDIOLOGIST, () -> agendas.openSlots(agenda, today.withHour(10), 1, 20, null)).size(),
        "an hour after now is the future");
  }

  @Test
  void onlyTheOwnerOpensSlotsInAnAgenda() {
    long agenda = televisitAgendaOfTheCardiologist();

    assertThrows(
        AccessDeniedException.class,
        () -> as(MMG, () -> agendas.openSlots(agenda, NEXT_YEAR, 1, 20, null)));
    assertTrue(repository.slots.isEmpty());
  }

  @Test
  void booksATelevisitWithoutAPathwayWhenThePatientConsentedToIt() {
    long slot = oneSlot();
    RuleViolation noConsent =
        assertThrows(RuleViolation.class, () -> as(MMG, () -> agendas.book(slot, PATIENT, null)));
    assertEquals("error.booking.noConsent", noConsent.key(), "says what is missing: the consent");
    assertEquals(Slot.Status.FREE, repository.slots.get(0).getStatus());
    assertTrue(record.isEmpty(), "nothing written to the record");

    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    Slot booked = as(MMG, () -> agendas.book(slot, PATIENT, null));

    assertEquals(Slot.Status.BOOKED, booked.getStatus());
    assertEquals(PATIENT, booked.getPatientId());
  }

  @Test
  void aServiceTheRegionStartsTomorrowIsNotBookedTodayAndIsFromItsDay() {
    long slot = oneSlot();
    consentedWithoutPathway.add(TelemedicineService.TELEVISIT);
    rollout.put(TelemedicineService.TELEVISIT, LocalDate.ofInstant(NOW, Italy.ZONE).plusDays(1));

    RuleViolation notYet =
        assertThrows(RuleViolation.class, () -> as(MMG, () -> agendas.book(slot, PATIENT, null)));
    assertEquals("error.rollout.notYet", notYet.key());
    assertTrue(notYet.getMessage().contains("from 2026-03-03"), notYet.getMessage());
    assertEquals(Slot.Status.FREE, repository.slots.get(0).getStatus());
    assertTrue(record.isEmpty(), "nothing written to the record");

    rollout.put(TelemedicineService.TELEVISIT, null);
    assertEquals(
        "error.rollout.disabled",
        assertThrows(RuleViolation.class, () -> as(MMG, () -> agendas.book(slot, PATIENT, null)))
            .key());

    rollout.put(TelemedicineService.TELEVISIT, LocalDate.ofInstant(NOW, Italy.ZONE));
    assertEquals(Slot.Status.BOOKED, as(MMG, () -> agendas.book(slot, PATIENT, null)).getStatus());
  }

  @Test
  void aServiceThatNeedsAPathwayIsNotBookedOnAConsentGivenOutsideOne() {
    long agenda =
        as(
                CARDIOLOGIST,
                () ->
                    agendas.create(
                        TelemedicineService.TELEASSISTANCE,
                        "Teleassistenza",
                        Set.of(Role.PHYSICIAN)))
            .getId();
    long slot =
        as(CARDIOLOGIST, () -> agendas.openSlots(agenda, NEXT_YEAR, 1, 20, null)).get(0).id();
    consentedWithoutPathway.addAll(EnumSet.allOf(TelemedicineService.class));

    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> as(MMG, () -> agendas.book(slot, PATIENT, null)));

    assertEquals("error.booking.notActive", refused.key());
  }

  @Test
  void anOverdueReevaluationStopsNewBookingsOnlyOnceTheGracePeriodIsOver() {
    long agenda = televisitAgendaOfTheCardiologist();
    List<SlotView> opened =
        as(CARDIOLOGIST, () -> agendas.openSlots(agenda, NEXT_YEAR, 2, 20, null));
    activeServices.add(TelemedicineService.TELEVISIT);
    reevaluateOn = LocalDate.of(2026, 2, 16); // 14 days before today, 2 March 2026
    as(MMG, () -> agendas.book(opened.get(0).id(), PATIENT, null));

    reevaluateOn = LocalDate.of(2026, 2, 15); // 15 days: one past the grace period
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> as(MMG, () -> agendas.book(opened.get(1).id(), PATIENT, null)));
    assertEquals("error.booking.reevaluationOverdue", refused.key());
    assertEquals(Slot.Status.FREE, repository.slots.get(1).getStatus());

    graceDays = 30;
    assertEquals(
        Slot.Status.BOOKED,
        as(MMG, () -> agendas.book(opened.get(1).id(), PATIENT, null)).getStatus(),
        "the ASST's longer grace period lets it through");
  }

  @Test
  void reschedulingMovesTheBookingWithItsNoteAndWritesBothToTheRecord() {
    long agenda = televisitAgendaOfTheCardiologist();
    List<SlotView> opened =
        as(CARDIOLOGIST, () -> agendas.openSlots(agenda, NEXT_YEAR, 2, 20, null));
    activeServices.add(TelemedicineService.TELEVISIT);
    as(MMG, () -> agendas.book(opened.get(0).id(), PATIENT, "porta gli esami"));

    Slot moved =
        as(MMG, () -> agendas.reschedule(opened.get(0).id(), opened.get(1).id(), "impegno"));

    assertEquals(opened.get(1).id(), moved.getId());
    assertEquals("porta gli esami", moved.getBookingNote());
    assertEquals(
        List.of(false, true),
        bookings.fired.stream().map(SlotBooked::moved).toList(),
        "announced as booked, then as moved (for the agenda owner's notification)");
    assertEquals(CARDIOLOGIST.name(), bookings.fired.get(1).ownerUsername());
    assertEquals(Slot.Status.FREE, repository.slots.get(0).getStatus());
    assertEquals(3, record.size(), record.toString());
    assertTrue(
        record.get(1).startsWith("record.entry.booking.cancelled(service.")
            && record.get(1).endsWith("impegno)"),
        record.get(1));
  }

  @Test
  void aBookingOfAPatientOutsideTheCallersCareShowsOnlyAsBusy() {
    long agenda = televisitAgendaOfTheCardiologist();
    List<SlotView> opened =
        as(CARDIOLOGIST, () -> agendas.openSlots(agenda, NEXT_YEAR, 1, 20, null));
    activeServices.add(TelemedicineService.TELEVISIT);
    as(MMG, () -> agendas.book(opened.get(0).id(), PATIENT, "nota riservata"));
    Actor outsider = person("pls", Role.PHYSICIAN);
    agendas.policy =
        new PatientAccessPolicy() {
          @Override
          public java.util.function.Predicate<Patient> mayOpen(Actor actor, RecordPart part) {
            return patient -> false;
          }

          @Override
          public boolean hasEmergencyAccess(Actor actor, long patientId) {
            return false;
          }
        };
    Patient mario =
        new Patient(
            CodiceFiscale.parse("RSSMRA50A01F205R"), "Mario", "Rossi", null, "M", "mmg", NOW);
    agendas.patients = ids -> List.of(Ids.withId(mario, PATIENT));

    LocalDate day = NEXT_YEAR.toLocalDate();
    SlotView seen = as(outsider, () -> agendas.slots(agenda, day, day)).get(0);

    assertEquals(SlotView.Availability.BUSY, seen.status());
    assertEquals(null, seen.patient(), "no name");
    assertEquals(null, seen.bookedBy(), "nor who booked");
  }

  private long televisitAgendaOfTheCardiologist() {
    return as(
            CARDIOLOGIST,
            () ->
                agendas.create(TelemedicineService.TELEVISIT, "Televisite", Set.of(Role.PHYSICIAN)))
        .getId();
  }

  private long oneSlot() {
    long agenda = televisitAgendaOfTheCardiologist();
    return as(CARDIOLOGIST, () -> agendas.openSlots(agenda, NEXT_YEAR, 1, 20, null)).get(0).id();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }

  private static Actor person(String name, Role role) {
    return new Actor(name, name, "ASST-TEST", "ASST di prova", Set.of(role), null, null);
  }
}

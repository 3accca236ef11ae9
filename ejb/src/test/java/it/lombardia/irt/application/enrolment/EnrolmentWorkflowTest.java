package it.lombardia.irt.application.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.governance.ServiceRollouts;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.RecordedEntries;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentStateChanged;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.testing.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The pathway's rules without a server: enrolments in memory, the care as stated, a fixed clock.
 */
class EnrolmentWorkflowTest {

  /** Monday 2 March 2026, 0:30 in Italy (still Sunday 1 March in UTC). */
  private static final Instant NOW = Instant.parse("2026-03-01T23:30:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Actor NURSE =
      new Actor(
          "nurse", "Infermiera", "ASST-TEST", "ASST di prova", Set.of(Role.NURSE), null, null);
  private static final long PATIENT = 42;

  private final InMemoryEnrolmentRepository repository = new InMemoryEnrolmentRepository();
  private final RecordedEntries recorded = new RecordedEntries();
  private final RecordedEvents<EnrolmentStateChanged> changes = new RecordedEvents<>();
  private final EnrolmentWorkflow workflow = new EnrolmentWorkflow();

  EnrolmentWorkflowTest() {
    workflow.clock = Clock.fixed(NOW, Italy.ZONE);
    workflow.enrolments = repository;
    workflow.record = recorded;
    workflow.stateChanged = changes;
    workflow.rollout = ServiceRollouts.everyService();
    workflow.validator =
        new InputValidator() {
          @Override
          public void check(Object input) {} // the forms' annotations are Bean Validation's
        };
    workflow.policy =
        new PatientAccessPolicy() {
          @Override
          public Patient requireToChange(long patientId, RecordPart part, Roles roles) {
            return null; // the caller is in the patient's care
          }
        };
  }

  @Test
  void aReevaluationDateMustBeAfterTodayInItalianTime() {
    long enrolment = eligible(TelemedicineService.TELEMONITORING_LEVEL_1);

    InvalidInputException today =
        assertThrows(
            InvalidInputException.class,
            () ->
                as(
                    () ->
                        workflow.assessSuitability(
                            enrolment,
                            suitable(TelemedicineService.TELEMONITORING_LEVEL_1, TODAY))));
    assertEquals("error.suitability.reevaluateOn", today.problems().get(0).key());
    assertTrue(repository.assessments.isEmpty());

    as(
        () ->
            workflow.assessSuitability(
                enrolment,
                suitable(TelemedicineService.TELEMONITORING_LEVEL_1, TODAY.plusDays(1))));
    assertEquals(1, repository.assessments.size());
  }

  @Test
  void theEnrolmentMovesOnOnlyWhenEveryServiceIsSuitable() {
    long enrolment =
        eligible(TelemedicineService.TELEMONITORING_LEVEL_1, TelemedicineService.TELEVISIT);
    LocalDate later = TODAY.plusMonths(6);

    as(
        () ->
            workflow.assessSuitability(
                enrolment, suitable(TelemedicineService.TELEMONITORING_LEVEL_1, later)));
    assertEquals(Enrolment.State.PROPOSED, state(enrolment), "one service still to assess");

    SuitabilityForm unsafe = suitable(TelemedicineService.TELEVISIT, later);
    unsafe.setSafe(false);
    as(() -> workflow.assessSuitability(enrolment, unsafe));
    assertEquals(Enrolment.State.PROPOSED, state(enrolment), "one service not suitable");
    assertEquals(
        "record.entry.suitability(service.TELEVISIT;"
            + " record.entry.suitability.notSuitable(); 2026-09-02)",
        recorded.entries.get(1));

    as(() -> workflow.assessSuitability(enrolment, suitable(TelemedicineService.TELEVISIT, later)));
    assertEquals(Enrolment.State.SUITABILITY_ASSESSED, state(enrolment));
    assertEquals(2, repository.assessments.size(), "a service's assessment is updated, not added");
  }

  @Test
  void closingAnEnrolmentAnnouncesTheChangeAndWritesTheReason() {
    long enrolment = eligible(TelemedicineService.TELEMONITORING_LEVEL_1);

    as(() -> workflow.close(enrolment, "trasferito in RSA"));

    assertEquals(Enrolment.State.CLOSED, state(enrolment));
    assertEquals(List.of(enrolment), changes.fired.stream().map(c -> c.enrolmentId()).toList());
    assertEquals(
        "record.entry.enrolment.closed(record.entry.plain(trasferito in RSA))",
        recorded.entries.get(0));
  }

  private long eligible(TelemedicineService... services) {
    Enrolment e =
        new Enrolment(PATIENT, "heart-failure", "hf", "1.0.0", Set.of(services), "mmg", NOW);
    e.recordEligibility("ELIGIBLE", "[]");
    repository.add(e);
    return e.getId();
  }

  private static SuitabilityForm suitable(TelemedicineService service, LocalDate reevaluateOn) {
    SuitabilityForm form = new SuitabilityForm();
    form.setService(service);
    form.setClinical(true);
    form.setAppropriate(true);
    form.setSafe(true);
    form.setTechnology(true);
    form.setDigitalSkills(SuitabilityAssessment.DigitalSkills.AUTONOMOUS);
    form.setSocialContext(true);
    form.setHomeSuitable(true);
    form.setReevaluateOn(reevaluateOn);
    return form;
  }

  private Enrolment.State state(long enrolment) {
    return repository.find(enrolment).orElseThrow().getState();
  }

  private static <T> T as(Supplier<T> work) {
    return CallContext.as(NURSE, work);
  }
}

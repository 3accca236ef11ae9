package it.lombardia.irt.domain.model.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.domain.model.enrolment.Enrolment.Readiness;
import it.lombardia.irt.domain.model.enrolment.Enrolment.State;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final Set<TelemedicineService> MONITORING =
      EnumSet.of(TelemedicineService.TELEMONITORING_LEVEL_1, TelemedicineService.TELEVISIT);
  private static final Set<TelemedicineService> REHAB =
      EnumSet.of(TelemedicineService.TELEREHABILITATION);

  private static Enrolment enrolment(Set<TelemedicineService> services) {
    Enrolment e =
        new Enrolment(1L, "cardiology", "heart-failure", "1.0.0", services, "mmg", Instant.now());
    e.recordEligibility("ELIGIBLE", "[]");
    return e;
  }

  private static Enrolment withApprovedPlan(Set<TelemedicineService> services) {
    Enrolment e = enrolment(services);
    e.suitabilityAssessed(true);
    e.consentGiven();
    if (e.uvmRequired()) {
      e.uvmRecorded();
    }
    e.planApproved();
    return e;
  }

  private static Readiness ready(Set<TelemedicineService> consented) {
    return new Readiness(true, consented, true, true, true);
  }

  @Test
  void walksTheStepsInOrderToActive() {
    Enrolment e = enrolment(MONITORING);
    assertEquals(State.PROPOSED, e.getState());
    e.suitabilityAssessed(true);
    assertEquals(State.SUITABILITY_ASSESSED, e.getState());
    e.consentGiven();
    assertEquals(State.CONSENT_GIVEN, e.getState());
    e.planApproved();
    assertEquals(State.PLAN_APPROVED, e.getState());
    e.activate(ready(MONITORING));
    assertEquals(State.ACTIVE, e.getState());
  }

  @Test
  void staysProposedWhileAServiceIsUnsuitable() {
    Enrolment e = enrolment(MONITORING);
    e.suitabilityAssessed(false);
    assertEquals(State.PROPOSED, e.getState());
    RuleViolation v = assertThrows(RuleViolation.class, e::consentGiven);
    assertEquals("error.enrolment.suitabilityFirst", v.key());
  }

  @Test
  void refusesActivationWithoutConsentToThePathway() {
    Enrolment e = withApprovedPlan(MONITORING);
    RuleViolation v =
        assertThrows(
            RuleViolation.class,
            () -> e.activate(new Readiness(false, MONITORING, false, true, false)));
    assertEquals("error.enrolment.noPathwayConsent", v.key());
    assertEquals(State.PLAN_APPROVED, e.getState());
  }

  @Test
  void refusesActivationWhenTheTelemedicineConsentDoesNotCoverEveryService() {
    Enrolment e = withApprovedPlan(MONITORING);
    RuleViolation v =
        assertThrows(
            RuleViolation.class,
            () -> e.activate(ready(EnumSet.of(TelemedicineService.TELEVISIT))));
    assertEquals("error.enrolment.noTelemedicineConsent", v.key());
  }

  @Test
  void withdrawingTheTelemedicineConsentSuspendsActiveServices() {
    Enrolment e = withApprovedPlan(MONITORING);
    e.activate(ready(MONITORING));
    e.telemedicineConsentWithdrawn("consent TELEMEDICINE withdrawn: patient's call");
    assertEquals(State.SUSPENDED, e.getState());
    assertThrows(
        RuleViolation.class, () -> e.activate(ready(EnumSet.noneOf(TelemedicineService.class))));
    assertEquals(State.SUSPENDED, e.getState());
  }

  @Test
  void teleRehabilitationRequiresUvmBeforeThePlan() {
    Enrolment e = enrolment(REHAB);
    e.suitabilityAssessed(true);
    e.consentGiven();
    RuleViolation v = assertThrows(RuleViolation.class, e::planApproved);
    assertEquals("error.enrolment.uvmFirst", v.key());
  }

  @Test
  void teleRehabilitationIsNotActivatedWithoutPri() {
    Enrolment e = withApprovedPlan(REHAB);
    RuleViolation v =
        assertThrows(
            RuleViolation.class, () -> e.activate(new Readiness(true, REHAB, true, true, false)));
    assertEquals("error.enrolment.noPri", v.key());
  }

  @Test
  void teleRehabilitationIsNotActivatedWithoutUvm() {
    Enrolment e = withApprovedPlan(REHAB);
    RuleViolation v =
        assertThrows(
            RuleViolation.class, () -> e.activate(new Readiness(true, REHAB, false, true, true)));
    assertEquals("error.enrolment.noUvm", v.key());
  }

  @Test
  void aComplexCaseRequiresUvm() {
    Enrolment e = enrolment(MONITORING);
    e.markComplexCase(true);
    e.suitabilityAssessed(true);
    e.consentGiven();
    assertThrows(RuleViolation.class, e::planApproved);
    e.uvmRecorded();
    e.planApproved();
    assertEquals(State.PLAN_APPROVED, e.getState());
  }

  @Test
  void aProtectedDischargeNamesTheWardAndTheDay() {
    Enrolment e = enrolment(MONITORING);
    assertThrows(RuleViolation.class, () -> e.fromProtectedDischarge("cot", " ", LocalDate.now()));
    e.fromProtectedDischarge("cot", "Cardiologia", LocalDate.now());
    assertEquals(Enrolment.Origin.PROTECTED_DISCHARGE, e.getOrigin());
  }

  @Test
  void aClosedEnrolmentTakesNoFurtherStep() {
    Enrolment e = enrolment(MONITORING);
    e.close("patient moved to another region");
    assertThrows(RuleViolation.class, () -> e.suitabilityAssessed(true));
    assertThrows(RuleViolation.class, () -> e.close("again"));
  }
}

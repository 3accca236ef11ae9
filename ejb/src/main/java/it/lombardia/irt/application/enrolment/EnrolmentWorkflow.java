package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.training.HomeTraining;
import it.lombardia.irt.application.training.TrainingCheck;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.enrolment.EnrolmentStateChanged;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.domain.model.network.Eligibility;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.training.TrainingRule;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a patient in charge step by step (seed 003 §2.1): proposal with the protocol's criteria
 * evaluated, suitability of each service, the two consents, the UVM when required, and activation —
 * which the server refuses without valid consent, approved plan and, for tele-rehabilitation, UVM
 * and PRI. Every step goes into the home-care record.
 */
@Stateless
public class EnrolmentWorkflow {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type VERDICTS =
      new ArrayList<Eligibility.Verdict>() {}.getClass().getGenericSuperclass();

  static final Role[] PROPOSERS = EnrolmentTask.PROPOSE.roles();
  static final Role[] ASSESSORS = EnrolmentTask.ASSESS.roles();
  static final Role[] COORDINATORS = EnrolmentTask.COORDINATE.roles();
  static final Role[] UVM_MEMBERS = EnrolmentTask.UVM.roles();

  @PersistenceContext EntityManager em;
  @Inject EnrolmentRepository enrolments;
  @Inject Clock clock;
  @Inject Event<EnrolmentStateChanged> stateChanged;
  @Inject InputValidator validator;
  @Inject PatientAccessPolicy policy;
  @Inject NetworkCatalog catalog;
  @Inject ConsentCollection collection;
  @Inject HomeCareRecord record;
  @Inject ServiceRollout rollout;
  @Inject TrainingCheck training;
  @Inject HomeTraining homeTraining;

  /**
   * Proposes the patient for a condition of an enabled network, at the version the ASST follows.
   * The protocol's criteria are evaluated on the facts given; a patient the criteria exclude is
   * refused with the reasons.
   */
  public Enrolment propose(long patientId, ProposalForm form) {
    policy.requireToChange(patientId, RecordPart.PATHWAY, Roles.anyOf(PROPOSERS));
    Actor actor = Guard.requireAnyRole(PROPOSERS);
    validator.check(form);
    rollout.requireEnabled(form.getServices());
    var definition = catalog.definition(form.getNetworkId(), null);
    Eligibility.Result eligibility =
        catalog.eligibility(form.getNetworkId(), form.getConditionId(), form.getFacts());
    EligibilityRefusal.requireEligible(eligibility);
    boolean openEnrolment =
        enrolmentsOf(patientId).stream()
            .anyMatch(
                e ->
                    e.getState() != Enrolment.State.CLOSED
                        && e.getNetworkId().equals(form.getNetworkId())
                        && e.getConditionId().equals(form.getConditionId()));
    RuleViolation.require(
        !openEnrolment,
        "error.enrolment.duplicate",
        "the patient is already enrolled for this condition; close that enrolment first");
    Enrolment enrolment =
        new Enrolment(
            patientId,
            definition.id(),
            form.getConditionId(),
            definition.version(),
            form.getServices(),
            actor.name(),
            clock.instant());
    if (form.getOrigin() == Enrolment.Origin.PROTECTED_DISCHARGE) {
      Guard.requireAnyRole(Role.COT_OPERATOR);
      enrolment.fromProtectedDischarge(
          actor.name(), form.getDischargeWard(), form.getDischargeDate());
    } else {
      boolean centre = actor.hasRole(Role.COT_OPERATOR) || actor.hasRole(Role.ADI_OPERATOR);
      enrolment.fromHome(centre ? actor.name() : null);
    }
    enrolment.markComplexCase(form.isComplexCase());
    enrolment.recordEligibility(
        eligibility.decision().name(), JSONB.toJson(eligibility.verdicts(), VERDICTS));
    enrolments.add(enrolment);
    record.append(
        patientId,
        RecordEntry.Type.ENROLMENT,
        EntryMessage.ENROLMENT_PROPOSED.with(
            EntryArg.bilingual(definition.name()),
            EntryArg.bilingual(
                definition.conditions().stream()
                    .filter(c -> c.id().equals(form.getConditionId()))
                    .map(ConditionDefinition::name)
                    .findFirst()
                    .orElse(Label.of(form.getConditionId(), form.getConditionId()))),
            EntryArg.text(definition.version()),
            EntryArg.optional(
                enrolment.getOrigin() == Enrolment.Origin.PROTECTED_DISCHARGE
                    ? EntryMessage.FROM_DISCHARGE.with(EntryArg.text(enrolment.getDischargeWard()))
                    : EntryMessage.FROM_HOME.with()),
            EntryArgs.services(form.getServices()),
            EntryArgs.eligibility(eligibility.decision().name())),
        "enrolment/" + enrolment.getId());
    return enrolment;
  }

  /**
   * Re-evaluates the criteria with corrected facts while the enrolment is only proposed: the
   * proposer fixes what was recorded wrong or incomplete. The enrolment's revision (Envers) keeps
   * the earlier verdicts, and the record says who changed them.
   */
  public Enrolment reevaluateEligibility(long enrolmentId, java.util.Map<String, String> facts) {
    Enrolment e = enrolmentInCare(enrolmentId, PROPOSERS);
    RuleViolation.require(
        e.getState() == Enrolment.State.PROPOSED,
        "error.enrolment.eligibilityFixed",
        "the criteria can be re-evaluated only before the suitability assessment");
    Eligibility.Result eligibility =
        catalog.eligibility(e.getNetworkId(), e.getConditionId(), facts);
    e.recordEligibility(
        eligibility.decision().name(), JSONB.toJson(eligibility.verdicts(), VERDICTS));
    log(
        e,
        RecordEntry.Type.ENROLMENT,
        EntryMessage.CRITERIA_CORRECTED.with(EntryArgs.eligibility(eligibility.decision().name())));
    return e;
  }

  /** Records the suitability of one service; all services suitable moves the enrolment on. */
  public SuitabilityAssessment assessSuitability(long enrolmentId, SuitabilityForm form) {
    Enrolment e = enrolmentInCare(enrolmentId, ASSESSORS);
    validator.check(form);
    RuleViolation.require(
        e.getServices().contains(form.getService()),
        "error.suitability.service",
        "the service " + form.getService() + " is not part of this enrolment");
    RuleViolation.require(
        "ELIGIBLE".equals(e.getEligibilityDecision()),
        "error.enrolment.eligibility",
        "record the facts every criterion of the protocol needs before the assessment");
    if (!form.getReevaluateOn().isAfter(LocalDate.now(clock))) {
      throw InvalidInputException.of(
          "reevaluateOn",
          "error.suitability.reevaluateOn",
          "the re-evaluation date must be in the future");
    }
    SuitabilityAssessment assessment =
        enrolments.assessmentsOf(enrolmentId).stream()
            .filter(a -> a.getService() == form.getService())
            .findFirst()
            .orElseGet(() -> new SuitabilityAssessment(enrolmentId, form.getService()));
    SuitabilityAssessment.Findings findings =
        new SuitabilityAssessment.Findings(
            form.isClinical(),
            form.isAppropriate(),
            form.isSafe(),
            form.isTechnology(),
            form.getDigitalSkills(),
            form.isSocialContext(),
            form.isHomeSuitable(),
            form.getNotes(),
            form.getReevaluateOn());
    assessment.record(findings, Guard.requireAnyRole(ASSESSORS).name(), clock.instant());
    if (assessment.getId() == null) {
      enrolments.add(assessment);
    }
    List<SuitabilityAssessment> all = enrolments.assessmentsOf(enrolmentId);
    boolean allSuitable =
        e.getServices().stream()
            .allMatch(s -> all.stream().anyMatch(a -> a.getService() == s && a.isSuitable()));
    e.suitabilityAssessed(allSuitable);
    log(
        e,
        RecordEntry.Type.SUITABILITY,
        EntryMessage.SUITABILITY.with(
            EntryArgs.service(form.getService()),
            EntryArg.optional(
                (findings.suitable() ? EntryMessage.SUITABLE : EntryMessage.NOT_SUITABLE).with()),
            EntryArg.date(form.getReevaluateOn())));
    return assessment;
  }

  /**
   * Records a consent with the texts shown (the ASST's current versions in the patient's language).
   * Both consents valid moves the enrolment on.
   */
  public Consent recordConsent(long enrolmentId, ConsentForm form) {
    Enrolment e = enrolmentInCare(enrolmentId, PROPOSERS);
    Actor actor = Guard.requireAnyRole(PROPOSERS);
    validator.check(form);
    if (form.getKind() == ConsentText.Kind.PRIVACY_NOTICE) {
      throw InvalidInputException.of(
          "kind", "error.consent.kind", "a consent is to the care pathway or to telemedicine");
    }
    RuleViolation.require(
        e.getState() != Enrolment.State.PROPOSED,
        "error.enrolment.suitabilityFirst",
        "assess the suitability of every service before collecting the consents");
    Set<TelemedicineService> services =
        form.getKind() == ConsentText.Kind.TELEMEDICINE
            ? (form.getServices() == null || form.getServices().isEmpty()
                ? e.getServices()
                : form.getServices())
            : EnumSet.noneOf(TelemedicineService.class);
    Consent consent = collection.collect(e.getPatientId(), e.getId(), form, services, actor.name());
    Enrolment.Readiness r = readiness(e);
    if (r.carePathwayConsent() && r.consentedServices().containsAll(e.getServices())) {
      e.consentGiven();
    }
    return consent;
  }

  /**
   * The patient withdraws a consent: withdrawing the care-pathway consent closes the enrolment,
   * withdrawing the telemedicine consent stops its services at once.
   */
  public Consent withdrawConsent(long enrolmentId, long consentId, String reason) {
    Consent consent = em.find(Consent.class, consentId);
    if (consent == null || !Long.valueOf(enrolmentId).equals(consent.getEnrolmentId())) {
      throw new NotFoundException("Consent", consentId);
    }
    Enrolment e = enrolmentInCare(consent.getEnrolmentId(), PROPOSERS);
    Actor actor = Guard.requireAnyRole(PROPOSERS);
    consent.withdraw(actor.name(), reason, clock.instant());
    String why =
        (consent.getKind() == ConsentText.Kind.CARE_PATHWAY
                ? "Revocato il consenso alla presa in carico: "
                : "Revocato il consenso alla telemedicina: ")
            + consent.getWithdrawalReason();
    if (consent.getKind() == ConsentText.Kind.CARE_PATHWAY) {
      e.close(why);
    } else {
      e.telemedicineConsentWithdrawn(why);
    }
    stateChanged.fire(EnrolmentStateChanged.of(e));
    record.append(
        e.getPatientId(),
        RecordEntry.Type.CONSENT,
        (consent.getKind() == ConsentText.Kind.CARE_PATHWAY
                ? EntryMessage.CARE_CONSENT_WITHDRAWN
                : EntryMessage.TELEMEDICINE_CONSENT_WITHDRAWN)
            .with(EntryArg.text(consent.getWithdrawalReason())),
        "consent/" + consent.getId());
    return consent;
  }

  public Uvm recordUvm(long enrolmentId, UvmForm form) {
    Enrolment e = enrolmentInCare(enrolmentId, UVM_MEMBERS);
    Actor actor = Guard.requireAnyRole(UVM_MEMBERS);
    validator.check(form);
    RuleViolation.require(
        enrolments.uvmOf(enrolmentId).isEmpty(),
        "error.uvm.recorded",
        "the UVM of this enrolment is recorded");
    long remote = form.getParticipants().stream().filter(Uvm.Participant::remote).count();
    if (form.getMode() == Uvm.Mode.IN_PRESENCE && remote > 0) {
      throw InvalidInputException.of(
          "mode",
          "error.uvm.modeInPresence",
          "a UVM with participants linked remotely is mixed, not in presence");
    }
    e.uvmRecorded();
    Uvm uvm =
        new Uvm(
            enrolmentId,
            form.getHeldOn(),
            form.getParticipants(),
            form.getMode(),
            form.getOutcome().trim(),
            actor.name(),
            clock.instant());
    enrolments.add(uvm);
    log(
        e,
        RecordEntry.Type.UVM,
        EntryMessage.UVM_HELD.with(
            EntryArg.date(form.getHeldOn()),
            EntryArg.term("uvm.mode." + form.getMode().name()),
            EntryArg.number(form.getParticipants().size()),
            EntryArg.number(remote),
            EntryArg.text(uvm.getOutcome())));
    return uvm;
  }

  /** Starts or resumes the services; refused, with the reason, when anything is missing. */
  public Enrolment activate(long enrolmentId) {
    Enrolment e = enrolmentInCare(enrolmentId, COORDINATORS);
    RuleViolation.require(
        "ELIGIBLE".equals(e.getEligibilityDecision()),
        "error.enrolment.eligibility",
        "the patient does not meet every criterion of the protocol");
    rollout.requireEnabled(e.getServices());
    e.activate(readiness(e));
    // seed 003 §2.1.1, §2.1.6: whoever uses the devices at home, and who activates, were trained
    homeTraining.requireBeforeActivation(e);
    String activator = Guard.requireAnyRole(COORDINATORS).name();
    e.getServices().stream()
        .filter(TrainingRule.AT_HOME::contains)
        .forEach(s -> training.requireTrained(activator, s));
    stateChanged.fire(EnrolmentStateChanged.of(e));
    log(
        e,
        RecordEntry.Type.ENROLMENT,
        EntryMessage.ACTIVATED.with(EntryArgs.services(e.getServices())));
    return e;
  }

  public Enrolment suspend(long enrolmentId, String reason) {
    Enrolment e = enrolmentInCare(enrolmentId, COORDINATORS);
    e.suspend(reason);
    stateChanged.fire(EnrolmentStateChanged.of(e));
    log(
        e,
        RecordEntry.Type.ENROLMENT,
        EntryMessage.SUSPENDED.with(EntryArg.text(e.getStateReason())));
    return e;
  }

  public Enrolment close(long enrolmentId, String reason) {
    return close(enrolmentId, reason, null);
  }

  /**
   * Closes the enrolment for {@code reason}, the record saying why as {@code recorded} — in the
   * reader's language — or, when null, as the reason's own words.
   */
  public Enrolment close(long enrolmentId, String reason, EntryText recorded) {
    Enrolment e = enrolmentInCare(enrolmentId, COORDINATORS);
    e.close(reason);
    stateChanged.fire(EnrolmentStateChanged.of(e));
    log(
        e,
        RecordEntry.Type.ENROLMENT,
        EntryMessage.CLOSED.with(
            EntryArg.optional(
                recorded != null
                    ? recorded
                    : EntryMessage.PLAIN.with(EntryArg.text(e.getStateReason())))));
    return e;
  }

  public List<Enrolment> enrolmentsOf(long patientId) {
    policy.requireToRead(patientId, RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return enrolments.ofPatient(patientId);
  }

  public EnrolmentView view(long enrolmentId) {
    Enrolment e = readEnrolment(enrolmentId);
    return new EnrolmentView(
        e,
        JSONB.fromJson(e.getEligibilityJson(), VERDICTS),
        enrolments.assessmentsOf(enrolmentId),
        em.createQuery(
                "select c from Consent c where c.enrolmentId = :e order by c.id", Consent.class)
            .setParameter("e", enrolmentId)
            .getResultList(),
        enrolments.uvmOf(enrolmentId).orElse(null),
        plansOf(enrolmentId));
  }

  /**
   * The services the patient may receive now: those of active enrolments (a withdrawn consent
   * suspends its enrolment at once). Other features ask this before delivering a service.
   */
  public Set<TelemedicineService> activeServices(long patientId) {
    Set<TelemedicineService> active = EnumSet.noneOf(TelemedicineService.class);
    enrolmentsOf(patientId).stream()
        .filter(Enrolment::isActive)
        .forEach(e -> active.addAll(e.getServices()));
    return active;
  }

  /**
   * An enrolment of a patient in the caller's care, locked for a change (404 in another ASST, 403
   * outside the care).
   */
  public Enrolment enrolmentInCare(long enrolmentId, Role... roles) {
    Enrolment e = found(enrolments.locked(enrolmentId), enrolmentId);
    policy.requireToChange(e.getPatientId(), RecordPart.PATHWAY, Roles.anyOf(roles));
    return e;
  }

  /** An enrolment of a patient in the caller's care, to read (no lock). */
  public Enrolment readEnrolment(long enrolmentId) {
    Enrolment e = found(enrolments.find(enrolmentId), enrolmentId);
    policy.requireToRead(e.getPatientId(), RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return e;
  }

  private static Enrolment found(Optional<Enrolment> e, long enrolmentId) {
    return e.orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
  }

  /** What activation needs, from the consents, the UVM and the approved plans. */
  public Enrolment.Readiness readiness(Enrolment e) {
    List<Consent> valid =
        em.createQuery(
                "select c from Consent c where c.enrolmentId = :e and c.withdrawnAt is null",
                Consent.class)
            .setParameter("e", e.getId())
            .getResultList();
    Set<TelemedicineService> consented = EnumSet.noneOf(TelemedicineService.class);
    valid.stream()
        .filter(c -> c.getKind() == ConsentText.Kind.TELEMEDICINE)
        .forEach(c -> consented.addAll(c.getServices()));
    List<CarePlan> approved =
        plansOf(e.getId()).stream().filter(p -> p.getStatus() == CarePlan.Status.APPROVED).toList();
    return new Enrolment.Readiness(
        valid.stream().anyMatch(c -> c.getKind() == ConsentText.Kind.CARE_PATHWAY),
        consented,
        enrolments.uvmOf(e.getId()).isPresent(),
        approved.stream().anyMatch(p -> p.getKind() == CarePlan.Kind.PAI),
        approved.stream().anyMatch(p -> p.getKind() == CarePlan.Kind.PRI));
  }

  /** Writes a step of this enrolment into the patient's home-care record. */
  private void log(Enrolment e, RecordEntry.Type type, EntryText text) {
    record.append(e.getPatientId(), type, text, "enrolment/" + e.getId());
  }

  private List<CarePlan> plansOf(long enrolmentId) {
    return em.createQuery(
            "select p from CarePlan p where p.enrolmentId = :e order by p.kind, p.planNumber desc",
            CarePlan.class)
        .setParameter("e", enrolmentId)
        .getResultList();
  }
}

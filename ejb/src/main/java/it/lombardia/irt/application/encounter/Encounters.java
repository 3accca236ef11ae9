package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.agenda.Agendas;
import it.lombardia.irt.application.enrolment.ServiceAvailability;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.record.RecordText;
import it.lombardia.irt.application.training.TrainingCheck;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.agenda.AgendaRepository;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterCompleted;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.ObjectiveProgress;
import it.lombardia.irt.domain.model.enrolment.EnrolmentRepository;
import it.lombardia.irt.domain.model.outcome.OutcomeKind;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CarePlanRepository;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.video.JitsiTokens;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encounters of the real-time services, each with the rules of its service (seed 003 §2.2): a
 * televisit only follows up an in-person diagnosis and, delivered by a specialist outside the
 * home-care team, needs an e-prescription (NRE); a teleconsult (physicians) or teleconsultancy
 * (professionals) puts a question to colleagues, synchronously or not, with the patient present or
 * not; a tele-rehabilitation session belongs to the cycle of an approved PRI, after the UVM.
 * Televisits and consults need no pathway (seed 003 §2.2.1–2.2.3); one held inside a pathway names
 * its enrolment.
 */
@Stateless
public class Encounters {

  static final Role[] PROFESSIONALS = {Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL};
  private static final Role[] BOOKERS = {
    Role.PHYSICIAN, Role.NURSE, Role.HEALTH_PROFESSIONAL, Role.COT_OPERATOR, Role.ADI_OPERATOR
  };
  private static final Set<TelemedicineService> PHYSICIANS_ONLY =
      EnumSet.of(
          TelemedicineService.TELEVISIT,
          TelemedicineService.TELECONSULT,
          TelemedicineService.TELECONTROL);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject EncounterRepository repository;
  @Inject AgendaRepository agendaRepository;
  @Inject CarePlanRepository plans;
  @Inject EnrolmentRepository enrolments;
  @Inject Clock clock;
  @Inject PatientAccessPolicy policy;
  @Inject ServiceAvailability availability;
  @Inject ServiceRollout rollout;
  @Inject Agendas agendas;
  @Inject HomeCareRecord record;
  @Inject SatisfactionSurveys surveys;
  @Inject UserDirectory users;
  @Inject TeleControls teleControls;
  @Inject Rehabilitations rehabilitations;
  @Inject LinkValidity linkValidity;
  @Inject Event<EncounterCompleted> completed;
  @Inject TrainingCheck training;

  /**
   * Books a slot of an agenda for a new encounter of the agenda's service, led by the agenda's
   * owner; refused, with nothing booked, when the service's rules are not met.
   */
  public Encounter book(long slotId, EncounterForm form) {
    EncounterForm f = orEmpty(form);
    Slot slot = agendas.book(slotId, f.patientId() == null ? 0 : f.patientId(), f.note());
    Agenda agenda = agendaRepository.agenda(slot.getAgendaId()).orElseThrow();
    Encounter encounter = create(f, agenda.getService(), agenda.getOwnerUsername());
    encounter.heldOn(slot.getId(), slot.getStartsAt());
    return encounter;
  }

  /**
   * An encounter led by the caller, not on an agenda (an asynchronous consult, or one held now).
   */
  public Encounter open(EncounterForm form) {
    EncounterForm f = orEmpty(form);
    Actor actor = Guard.requireAnyRole(PROFESSIONALS);
    if (f.patientId() == null) {
      throw InvalidInputException.of("patientId", "error.encounter.patient", "choose the patient");
    }
    policy.requireToChange(f.patientId(), RecordPart.CLINICAL, Roles.anyOf(PROFESSIONALS));
    if (f.service() == null) {
      throw InvalidInputException.of("service", "error.agenda.service", "choose the service");
    }
    rollout.requireEnabled(f.service());
    // seed 003 §2.2.3: a teleconsultancy between professionals is always planned
    RuleViolation.require(
        f.service() != TelemedicineService.HEALTH_TELECONSULTANCY,
        "error.encounter.scheduledOnly",
        "a teleconsultancy is always scheduled: book it on an agenda");
    // the service's own rules first: they say what is missing (a diagnosis, a PRI) precisely
    Encounter encounter = create(f, f.service(), actor.name());
    availability.requireBookable(f.patientId(), f.service());
    record.append(
        encounter.getPatientId(),
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.ENCOUNTER_OPENED.with(
            EntryArgs.service(encounter.getService()),
            EntryArgs.scheduled(encounter.getScheduledAt()),
            EntryArg.user(encounter.getLeadUsername())),
        ref(encounter));
    return encounter;
  }

  private Encounter create(EncounterForm f, TelemedicineService service, String lead) {
    Actor actor = CallContext.requireActor();
    UserAccount leader = professional(lead, "lead");
    if (PHYSICIANS_ONLY.contains(service) && !leader.getRoles().contains(Role.PHYSICIAN)) {
      throw new RuleViolation("error.encounter.physician", "a physician leads this service");
    }
    boolean sync =
        service == TelemedicineService.TELECONSULT
                || service == TelemedicineService.HEALTH_TELECONSULTANCY
            ? f.synchronous() == null || f.synchronous()
            : true;
    boolean present =
        service == TelemedicineService.TELECONSULT
                || service == TelemedicineService.HEALTH_TELECONSULTANCY
            ? Boolean.TRUE.equals(f.patientPresent())
            : true;
    Encounter encounter =
        new Encounter(
            f.patientId(),
            service,
            sync,
            present,
            lead,
            actor.name(),
            JitsiTokens.newRoomName(),
            clock.instant());
    switch (service) {
      case TELEVISIT ->
          encounter.followUp(
              diagnosisOf(f.patientId(), f.diagnosisId()),
              f.nre(),
              leader.getSpecialty() == PhysicianSpecialty.SPECIALIST
                  && !policy.isInHomeCareTeam(lead, policy.find(f.patientId())));
      case TELECONSULT, HEALTH_TELECONSULTANCY -> {
        List<String> consulted = f.consulted() == null ? List.of() : f.consulted();
        Role[] allowed =
            service == TelemedicineService.TELECONSULT
                ? new Role[] {Role.PHYSICIAN}
                : PROFESSIONALS;
        consulted.forEach(u -> requireRole(professional(u, "consulted"), allowed));
        encounter.ask(f.question(), consulted);
      }
      case TELEREHABILITATION -> {
        CarePlan pri = approvedPri(f.patientId());
        long held = repository.countNotCancelledOfPlan(pri.getId());
        RuleViolation.require(
            pri.getSessionsPlanned() == null || held < pri.getSessionsPlanned(),
            "error.rehab.cycleDone",
            "every session of the PRI's cycle is already planned or held");
        encounter.sessionOf(pri.getId(), (int) held + 1, rehabilitations.objectivesSoFar(pri));
      }
      case TELECONTROL -> encounter.callOf(teleControls.planInForce(f.patientId()).getId());
      default -> {}
    }
    // seed 003 §2.1.6: the lead delivers the service; the ASST warns or blocks without training
    training.requireTrained(lead, service);
    // a booking checked the pathway already; this only reads which one the encounter belongs to
    encounter.withinPathway(availability.activePathwayOf(f.patientId(), service).orElse(null));
    repository.add(encounter);
    return encounter;
  }

  /** Cancels an open encounter with a reason; a booked slot is freed. */
  public Encounter cancel(long encounterId, String reason) {
    Encounter encounter = lockedInCare(encounterId, BOOKERS);
    if (encounter.getSlotId() != null) {
      agendas.cancel(encounter.getSlotId(), reason);
    }
    encounter.cancel(reason, clock.instant());
    return encounter;
  }

  /** Cancels the booking of a slot: the encounter held on it, with the slot. */
  public void cancelOnSlot(long slotId, String reason) {
    Long encounterId = encounterIdsOnSlots(List.of(slotId)).get(slotId);
    if (encounterId == null) {
      agendas.cancel(slotId, reason);
    } else {
      cancel(encounterId, reason);
    }
  }

  /** The open encounters held on the given slots: encounter id by slot id. */
  public Map<Long, Long> encounterIdsOnSlots(Collection<Long> slotIds) {
    return repository.openOnSlots(slotIds);
  }

  /**
   * Moves a booked encounter to another free slot of its agenda; the patient's links in force
   * follow it to the new time.
   */
  public Encounter reschedule(long encounterId, long newSlotId, String reason) {
    Encounter encounter = lockedInCare(encounterId, BOOKERS);
    RuleViolation.require(
        encounter.isOpen(), "error.encounter.closed", "the encounter is already over");
    RuleViolation.require(
        encounter.getSlotId() != null, "error.encounter.notBooked", "the encounter is not booked");
    Slot slot = agendas.reschedule(encounter.getSlotId(), newSlotId, reason);
    encounter.heldOn(slot.getId(), slot.getStartsAt());
    linkValidity.follow(encounter, clock.instant());
    return encounter;
  }

  /**
   * Ends the encounter, by its lead: a televisit, teleconsult or teleconsultancy must have its
   * outcome document final; a tele-rehabilitation session says how each objective went. A patient
   * who took part is offered the satisfaction questionnaire.
   */
  public Encounter complete(long encounterId, List<ObjectiveProgress> progress) {
    Encounter encounter = lockedForItsLead(encounterId);
    Set<OutcomeKind> expected = expectedOutcome(encounter.getService());
    RuleViolation.require(
        expected.isEmpty() || repository.hasFinalOutcome(encounterId, expected),
        "error.encounter.outcomeMissing",
        "sign the encounter's outcome document before completing it");
    Instant now = clock.instant();
    encounter.complete(now, progress);
    completed.fire(new EncounterCompleted(encounterId));
    if (encounter.isPatientPresent()) {
      surveys.offer(encounter, now);
    }
    record.append(
        encounter.getPatientId(),
        RecordEntry.Type.ENCOUNTER,
        EntryMessage.ENCOUNTER_COMPLETED.with(
            EntryArgs.service(encounter.getService()),
            EntryArgs.scheduled(encounter.getScheduledAt()),
            EntryArg.user(encounter.getLeadUsername()),
            objectives(encounter)),
        ref(encounter));
    return encounter;
  }

  /** The outcome documents that end a service's encounter (none: the record notes suffice). */
  public static Set<OutcomeKind> expectedOutcome(TelemedicineService service) {
    return switch (service) {
      case TELEVISIT -> EnumSet.of(OutcomeKind.REFERTO, OutcomeKind.ANNOTATION);
      case TELECONSULT -> EnumSet.of(OutcomeKind.COLLABORATIVE_REPORT);
      case HEALTH_TELECONSULTANCY -> EnumSet.of(OutcomeKind.EVALUATION_REPORT);
      default -> EnumSet.noneOf(OutcomeKind.class);
    };
  }

  /** An encounter of a patient in the caller's care (404 in another ASST, 403 outside the care). */
  public Encounter encounter(long encounterId) {
    Encounter encounter = find(encounterId);
    policy.requireToRead(encounter.getPatientId(), RecordPart.CLINICAL, Roles.PATIENT_CARE);
    return encounter;
  }

  /** The patient's encounters, latest first. */
  public List<Encounter> ofPatient(long patientId) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, Roles.PATIENT_CARE);
    return repository.ofPatient(patientId);
  }

  /**
   * The caller's open encounters, soonest first: those they lead and the consults they are asked in
   * (the asynchronous teleconsult inbox is those not held on video).
   */
  public List<Encounter> mine() {
    Actor actor = Guard.requireAnyRole(PROFESSIONALS);
    return repository.openFor(actor.name());
  }

  /** The in-person diagnoses recorded on the patient, latest first. */
  public List<InPersonDiagnosis> diagnoses(long patientId) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, Roles.PATIENT_CARE);
    return repository.diagnosesOf(patientId);
  }

  /** Records a diagnosis made in an in-person visit (the ground of later televisits). */
  public InPersonDiagnosis recordDiagnosis(
      long patientId,
      String condition,
      String icd9cmCode,
      LocalDate diagnosedOn,
      String diagnosedBy,
      String facility) {
    Actor actor = Guard.requireAnyRole(Role.PHYSICIAN);
    policy.requireToChange(patientId, RecordPart.CLINICAL, Roles.of(Role.PHYSICIAN));
    List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
    if (condition == null || condition.isBlank() || condition.length() > 500) {
      problems.add(
          new InvalidInputException.Problem(
              "condition", "error.diagnosis.condition", "name the diagnosis (at most 500)"));
    }
    if (icd9cmCode != null
        && !icd9cmCode.isBlank()
        && !icd9cmCode.trim().matches("[0-9VE][0-9]{2}(\\.[0-9]{1,2})?")) {
      problems.add(
          new InvalidInputException.Problem(
              "icd9cmCode", "error.diagnosis.icd9", "an ICD-9-CM code looks like 428.0"));
    }
    if (diagnosedBy == null || diagnosedBy.isBlank() || diagnosedBy.length() > 200) {
      problems.add(
          new InvalidInputException.Problem(
              "diagnosedBy", "error.diagnosis.by", "name the physician who made the diagnosis"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    InPersonDiagnosis d =
        new InPersonDiagnosis(
            patientId,
            condition.trim(),
            icd9cmCode == null || icd9cmCode.isBlank() ? null : icd9cmCode.trim(),
            diagnosedOn,
            diagnosedBy.trim(),
            facility == null || facility.isBlank() ? null : facility.trim(),
            actor.name(),
            clock.instant(),
            LocalDate.now(clock.withZone(Italy.ZONE)));
    repository.add(d);
    record.append(
        patientId,
        RecordEntry.Type.NOTE,
        EntryMessage.DIAGNOSIS.with(
            EntryArg.date(diagnosedOn),
            EntryArg.text(d.getDiagnosedBy()),
            EntryArg.text(d.getCondition())),
        "diagnosis/" + d.getId());
    return d;
  }

  /** An encounter the caller leads, locked for a change; 403 for anyone else. */
  public Encounter lockedForItsLead(long encounterId) {
    Actor actor = Guard.requireAnyRole(PROFESSIONALS);
    Encounter encounter = lockedInCare(encounterId, PROFESSIONALS);
    if (!encounter.getLeadUsername().equals(actor.name())) {
      throw new AccessDeniedException(actor.name() + " does not lead encounter " + encounterId);
    }
    return encounter;
  }

  /** An encounter of a patient in the caller's care, locked for a change. */
  public Encounter lockedInCare(long encounterId, Role... roles) {
    Encounter encounter =
        repository
            .locked(encounterId)
            .orElseThrow(() -> new NotFoundException("Encounter", encounterId));
    policy.requireToChange(encounter.getPatientId(), RecordPart.CLINICAL, Roles.anyOf(roles));
    return encounter;
  }

  private Encounter find(long encounterId) {
    return repository
        .find(encounterId)
        .orElseThrow(() -> new NotFoundException("Encounter", encounterId));
  }

  static String describe(Encounter e) {
    String when =
        e.getScheduledAt() == null
            ? ""
            : " del " + WHEN.format(e.getScheduledAt().atZone(Italy.ZONE));
    return RecordText.service(e.getService()) + when + " (" + e.getLeadUsername() + ")";
  }

  static String ref(Encounter e) {
    return "encounter/" + e.getId();
  }

  /** ". Obiettivi: … — in corso (note), …" when the encounter reported on the PRI's objectives. */
  private static EntryArg objectives(Encounter e) {
    if (e.getObjectives().isEmpty()) {
      return EntryArg.optional(null);
    }
    return EntryArg.optional(
        EntryMessage.OBJECTIVES.with(
            EntryArg.parts(
                e.getObjectives().stream()
                    .map(
                        o ->
                            EntryMessage.OBJECTIVE.with(
                                EntryArg.text(o.objective()),
                                EntryArgs.objective(o.status()),
                                EntryArg.optional(
                                    o.note() == null || o.note().isBlank()
                                        ? null
                                        : EntryMessage.BRACKET_REMARK.with(
                                            EntryArg.text(o.note())))))
                    .toList())));
  }

  private Long diagnosisOf(Long patientId, Long diagnosisId) {
    if (diagnosisId == null) {
      return null;
    }
    return repository
        .diagnosis(diagnosisId)
        .filter(d -> d.getPatientId().equals(patientId))
        .map(InPersonDiagnosis::getId)
        .orElse(null);
  }

  /** The approved PRI of an open enrolment whose UVM is recorded; refused otherwise. */
  private CarePlan approvedPri(long patientId) {
    List<CarePlan> pris = plans.approvedPrisOfOpenEnrolments(patientId);
    RuleViolation.require(
        !pris.isEmpty() || !concludedPri(patientId),
        "error.rehab.concluded",
        "this PRI's rehabilitation cycle is concluded or no longer in force");
    RuleViolation.require(
        !pris.isEmpty(),
        "error.rehab.noPri",
        "tele-rehabilitation sessions belong to the cycle of an approved PRI: the patient has none");
    CarePlan pri = pris.get(0);
    RuleViolation.require(
        enrolments.uvmOf(pri.getEnrolmentId()).isPresent(),
        "error.rehab.noUvm",
        "tele-rehabilitation needs the multidimensional assessment (UVM) first");
    return pri;
  }

  /** Whether the patient's latest PRI had its cycle closed by the final report. */
  private boolean concludedPri(long patientId) {
    return plans.latestPriStatus(patientId).filter(s -> s == CarePlan.Status.CONCLUDED).isPresent();
  }

  private UserAccount professional(String username, String field) {
    return users
        .find(username)
        .filter(UserAccount::isEnabled)
        .filter(u -> u.getRoles().stream().anyMatch(r -> Arrays.asList(PROFESSIONALS).contains(r)))
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    field,
                    "error.encounter.professional",
                    username + " is not a professional of the ASST"));
  }

  private static void requireRole(UserAccount user, Role... roles) {
    if (Arrays.stream(roles).noneMatch(user.getRoles()::contains)) {
      throw InvalidInputException.of(
          "consulted",
          "error.consult.role",
          user.getUsername() + " cannot be consulted in this service");
    }
  }

  private static EncounterForm orEmpty(EncounterForm form) {
    return form == null
        ? new EncounterForm(null, null, null, null, null, null, null, null, null)
        : form;
  }
}

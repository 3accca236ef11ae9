package it.lombardia.irt.domain.model.encounter;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.JsonListConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One delivery of a real-time service to a patient: booked on a slot or ad hoc, led by one
 * professional (the moderator of its video room), with the service's own details — the in-person
 * diagnosis a televisit follows up and its e-prescription, the question and the consulted
 * physicians of a teleconsult, the PRI session and objectives of a tele-rehabilitation.
 *
 * <p>PLANNED → IN_PROGRESS (somebody joined, or it went on by telephone) → COMPLETED; PLANNED or
 * IN_PROGRESS → CANCELLED.
 */
@Entity
@Table(name = "encounter")
@Audited
public class Encounter extends TenantOwnedEntity {

  public enum State {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
  }

  /** Services held together in a video room, patient present. */
  private static final Set<TelemedicineService> WITH_PATIENT =
      EnumSet.of(
          TelemedicineService.TELEVISIT,
          TelemedicineService.TELEASSISTANCE,
          TelemedicineService.TELEREHABILITATION,
          TelemedicineService.TELECONTROL);

  /** Services between professionals, which may be asynchronous. */
  private static final Set<TelemedicineService> BETWEEN_PROFESSIONALS =
      EnumSet.of(TelemedicineService.TELECONSULT, TelemedicineService.HEALTH_TELECONSULTANCY);

  public static class ObjectivesConverter extends JsonListConverter<ObjectiveProgress> {
    public ObjectivesConverter() {
      super(ObjectiveProgress.class);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private TelemedicineService service;

  @Column(nullable = false, updatable = false)
  private boolean synchronous;

  @Column(name = "patient_present", nullable = false, updatable = false)
  private boolean patientPresent;

  @Column(name = "slot_id")
  private Long slotId;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "lead_username", nullable = false, updatable = false, length = 80)
  private String leadUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.PLANNED;

  @Column(updatable = false, length = 64)
  private String room;

  @Column(name = "diagnosis_id", updatable = false)
  private Long diagnosisId;

  @Column(updatable = false, length = 15)
  private String nre;

  @Column(updatable = false, length = 4000)
  private String question;

  @Column(name = "care_plan_id", updatable = false)
  private Long carePlanId;

  /** The pathway (enrolment) the encounter belongs to; none for a televisit or consult without. */
  @Column(name = "enrolment_id", updatable = false)
  private Long enrolmentId;

  @Column(name = "session_number", updatable = false)
  private Integer sessionNumber;

  @Convert(converter = ObjectivesConverter.class)
  @Column(name = "objectives_json", length = 20000)
  private List<ObjectiveProgress> objectives = new ArrayList<>();

  @OneToMany(
      mappedBy = "encounter",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private List<EncounterParticipant> participants = new ArrayList<>();

  @Column(name = "created_by", nullable = false, updatable = false, length = 80)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "cancellation_reason", length = 1000)
  private String cancellationReason;

  /** When the video failed and the encounter went on by telephone, and why. */
  @Column(name = "held_by_phone_at")
  private Instant heldByPhoneAt;

  @Column(name = "phone_reason", length = 1000)
  private String phoneReason;

  @Version @NotAudited private long version;

  protected Encounter() {}

  /**
   * A new encounter; {@code room} is its video room, used when it is synchronous. The
   * patient-facing services are synchronous with the patient present.
   */
  public Encounter(
      Long patientId,
      TelemedicineService service,
      boolean synchronous,
      boolean patientPresent,
      String leadUsername,
      String createdBy,
      String room,
      Instant now) {
    require(
        WITH_PATIENT.contains(service) || BETWEEN_PROFESSIONALS.contains(service),
        "error.encounter.service",
        "an encounter is a televisit, teleconsult, teleconsultancy, tele-assistance or"
            + " tele-rehabilitation session");
    require(
        !WITH_PATIENT.contains(service) || (synchronous && patientPresent),
        "error.encounter.mode",
        "this service is held on video with the patient");
    this.patientId = patientId;
    this.service = service;
    this.synchronous = synchronous;
    this.patientPresent = patientPresent;
    this.leadUsername = leadUsername;
    this.createdBy = createdBy;
    this.room = synchronous ? room : null;
    this.createdAt = now;
  }

  /**
   * A televisit follows up a diagnosis made in an in-person visit; a specialist outside the
   * home-care team delivers it on an e-prescription ({@code nreRequired}).
   */
  public void followUp(Long diagnosisId, String nre, boolean nreRequired) {
    require(
        service == TelemedicineService.TELEVISIT,
        "error.encounter.notTelevisit",
        "only a televisit follows up a diagnosis");
    require(
        diagnosisId != null,
        "error.televisit.diagnosis",
        "a televisit only follows up a diagnosis made in an in-person visit: record that diagnosis"
            + " on the patient first");
    require(
        !nreRequired || Nre.isValid(nre),
        "error.televisit.nre",
        "a specialist outside the home-care team delivers a televisit on an e-prescription: give"
            + " a valid NRE (15 characters, e.g. 030A0A123456789)");
    this.diagnosisId = diagnosisId;
    this.nre = nre == null || nre.isBlank() ? null : Nre.normalise(nre);
  }

  /** The question of a teleconsult or teleconsultancy and whom it is put to. */
  public void ask(String question, List<String> consulted) {
    require(
        BETWEEN_PROFESSIONALS.contains(service),
        "error.encounter.notConsult",
        "only a teleconsult or teleconsultancy has a question");
    require(
        question != null && question.trim().length() >= 10 && question.length() <= 4000,
        "error.consult.question",
        "give the question (10 to 4000 characters)");
    require(
        consulted != null && !consulted.isEmpty() && !consulted.contains(leadUsername),
        "error.consult.consulted",
        "name at least one colleague to consult, other than yourself");
    this.question = question.trim();
    consulted.stream().distinct().forEach(u -> participants.add(new EncounterParticipant(this, u)));
  }

  /** A session of the PRI's tele-rehabilitation cycle, with the objectives it works on. */
  public void sessionOf(Long carePlanId, int sessionNumber, List<ObjectiveProgress> objectives) {
    require(
        service == TelemedicineService.TELEREHABILITATION,
        "error.encounter.notRehab",
        "only a tele-rehabilitation session belongs to a PRI");
    this.carePlanId = carePlanId;
    this.sessionNumber = sessionNumber;
    this.objectives = new ArrayList<>(objectives);
  }

  /** A video call of the tele-control that the PAI {@code carePlanId} requested. */
  public void callOf(Long carePlanId) {
    require(
        service == TelemedicineService.TELECONTROL,
        "error.encounter.notTeleControl",
        "only a tele-control call belongs to a tele-control");
    this.carePlanId = carePlanId;
  }

  /** Held on the given slot (booked, or moved there). */
  public void heldOn(Long slotId, Instant startsAt) {
    require(isOpen(), "error.encounter.closed", "the encounter is already over");
    this.slotId = slotId;
    this.scheduledAt = startsAt;
  }

  /**
   * When a patient's link opens the video room: {@code early} before a booked slot, so the room is
   * not open to them days ahead; an encounter held now opens at once (null).
   */
  public Instant roomOpensToPatientAt(Duration early) {
    return scheduledAt == null ? null : scheduledAt.minus(early);
  }

  /** Somebody joined the video room: the encounter is in progress. */
  public void start(Instant now) {
    require(synchronous, "error.encounter.async", "an asynchronous consult has no video room");
    require(isOpen(), "error.encounter.closed", "the encounter is already over");
    if (state == State.PLANNED) {
      state = State.IN_PROGRESS;
      startedAt = now;
    }
  }

  /** The encounter is over; a tele-rehabilitation session records how each objective went. */
  public void complete(Instant now, List<ObjectiveProgress> progress) {
    require(isOpen(), "error.encounter.closed", "the encounter is already over");
    if (service == TelemedicineService.TELEREHABILITATION) {
      require(
          progress != null
              && progress.size() == objectives.size()
              && progress.stream().allMatch(p -> p.status() != null),
          "error.rehab.objectives",
          "say how the session went for each objective of the PRI");
      this.objectives = new ArrayList<>(progress);
    }
    state = State.COMPLETED;
    endedAt = now;
  }

  /**
   * The video could not be held: the encounter goes on by telephone, for the reason given, and is
   * in progress from now.
   */
  public void holdByPhone(String reason, Instant now) {
    require(isOpen(), "error.encounter.closed", "the encounter is already over");
    require(synchronous, "error.encounter.async", "an asynchronous consult has no video room");
    require(heldByPhoneAt == null, "error.encounter.byPhone", "the encounter is already by phone");
    heldByPhoneAt = now;
    phoneReason = reason.trim();
    if (state == State.PLANNED) {
      state = State.IN_PROGRESS;
      startedAt = now;
    }
  }

  public boolean isHeldByPhone() {
    return heldByPhoneAt != null;
  }

  public void cancel(String reason, Instant now) {
    require(isOpen(), "error.encounter.closed", "the encounter is already over");
    require(
        reason != null && reason.trim().length() >= 3 && reason.length() <= 1000,
        "error.slot.reason",
        "give the reason (3 to 1000 characters)");
    state = State.CANCELLED;
    cancellationReason = reason.trim();
    endedAt = now;
  }

  public boolean isOpen() {
    return state == State.PLANNED || state == State.IN_PROGRESS;
  }

  /** The lead or a consulted colleague. */
  public boolean involves(String username) {
    return leadUsername.equals(username) || isConsulted(username);
  }

  public boolean isConsulted(String username) {
    return participants.stream().anyMatch(p -> p.getUsername().equals(username));
  }

  public List<String> consulted() {
    return participants.stream().map(EncounterParticipant::getUsername).toList();
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public TelemedicineService getService() {
    return service;
  }

  public boolean isSynchronous() {
    return synchronous;
  }

  public boolean isPatientPresent() {
    return patientPresent;
  }

  public Long getSlotId() {
    return slotId;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public String getLeadUsername() {
    return leadUsername;
  }

  public State getState() {
    return state;
  }

  public String getRoom() {
    return room;
  }

  public Long getDiagnosisId() {
    return diagnosisId;
  }

  public String getNre() {
    return nre;
  }

  public String getQuestion() {
    return question;
  }

  public Long getCarePlanId() {
    return carePlanId;
  }

  /** Names the pathway the encounter is delivered in ({@code null}: outside any pathway). */
  public void withinPathway(Long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public Integer getSessionNumber() {
    return sessionNumber;
  }

  public List<ObjectiveProgress> getObjectives() {
    return List.copyOf(objectives);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getCancellationReason() {
    return cancellationReason;
  }

  public Instant getHeldByPhoneAt() {
    return heldByPhoneAt;
  }

  public String getPhoneReason() {
    return phoneReason;
  }
}

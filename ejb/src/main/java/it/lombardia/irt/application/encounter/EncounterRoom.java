package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.training.TrainingCheck;
import it.lombardia.irt.domain.model.encounter.Attendance;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.TimeSpent;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.security.Secrets;
import it.lombardia.irt.infrastructure.video.JitsiRooms;
import it.lombardia.irt.infrastructure.video.JitsiTokens;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The video room of an encounter (Jitsi Meet): professionals join with their account — the lead as
 * moderator, who admits the others from the lobby — and the patient or a caregiver through a
 * personal link that opens only this encounter, until it expires. Joining and leaving are recorded;
 * a professional's time in the room is accounted to the patient.
 */
@Stateless
public class EncounterRoom {

  /** A personal link as created: the token is shown once and never stored. */
  public record IssuedLink(PatientLink link, String token, String path) {}

  @PersistenceContext EntityManager em;
  @Inject EncounterRepository repository;
  @Inject Clock clock;
  @Inject Encounters encounters;
  @Inject JitsiRooms rooms;
  @Inject LinkValidity validity;
  @Inject TrainingCheck training;

  /** The caller's join to the room — lead or consulted colleague — which starts the encounter. */
  public VideoJoin join(long encounterId) {
    Actor actor = Guard.requireAnyRole(Encounters.PROFESSIONALS);
    Encounter encounter = encounters.lockedInCare(encounterId, Encounters.PROFESSIONALS);
    if (!encounter.involves(actor.name())) {
      throw new AccessDeniedException(actor.name() + " takes no part in encounter " + encounterId);
    }
    if (encounter.getLeadUsername().equals(actor.name())) {
      training.requireTrained(actor.name(), encounter.getService());
    }
    Instant now = clock.instant();
    encounter.start(now);
    if (repository.openStay(encounterId, actor.name()).isEmpty()) {
      repository.add(new Attendance(encounterId, actor.name(), true, now));
    }
    return rooms.join(
        actor.tenantCode(),
        encounter.getRoom(),
        new JitsiTokens.Participant(
            actor.name(),
            actor.fullName(),
            null,
            encounter.getLeadUsername().equals(actor.name())));
  }

  /** The caller leaves the room: the minutes of the stay are the time spent on the patient. */
  public Attendance leave(long encounterId) {
    Actor actor = Guard.requireAnyRole(Encounters.PROFESSIONALS);
    Encounter encounter = encounters.lockedInCare(encounterId, Encounters.PROFESSIONALS);
    Attendance stay =
        repository
            .openStay(encounterId, actor.name())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "error.encounter.notInRoom", "you are not in the encounter's video room"));
    int minutes = stay.leave(clock.instant());
    em.persist(
        new TimeSpent(
            encounter.getPatientId(),
            actor.name(),
            activity(encounter.getService()),
            LocalDate.now(clock.withZone(Italy.ZONE)),
            minutes,
            Encounters.describe(encounter),
            clock.instant()));
    return stay;
  }

  /** Who joined and left, in order. */
  public List<Attendance> attendance(long encounterId) {
    encounters.encounter(encounterId);
    return repository.attendance(encounterId);
  }

  /**
   * A personal link for the patient, or for one of their caregivers, to this encounter only; valid
   * until {@code validUntil} if given, at the latest an hour after the booked slot ends (or {@code
   * irt.encounter.link-hours} from now for an encounter held now). Made by the lead.
   */
  public IssuedLink issueLink(long encounterId, Long caregiverId, Instant validUntil) {
    Encounter encounter = encounters.lockedForItsLead(encounterId);
    RuleViolation.require(
        encounter.isOpen() && encounter.isSynchronous() && encounter.isPatientPresent(),
        "error.link.noPatient",
        "the patient joins only an open video encounter they take part in");
    Patient patient = em.find(Patient.class, encounter.getPatientId());
    String name = patient.getGivenName() + " " + patient.getFamilyName();
    if (caregiverId != null) {
      Caregiver caregiver = em.find(Caregiver.class, caregiverId);
      if (caregiver == null || !caregiver.getPatientId().equals(patient.getId())) {
        throw new NotFoundException("Caregiver", caregiverId);
      }
      name = caregiver.getFullName();
    }
    Instant now = clock.instant();
    Instant latest = validity.latest(encounter, now);
    RuleViolation.require(
        validUntil == null || (validUntil.isAfter(now) && !validUntil.isAfter(latest)),
        "error.link.validity",
        "a link is valid from now until at most an hour after the encounter");
    String token = Secrets.newSecret();
    PatientLink link =
        new PatientLink(
            encounterId,
            Secrets.sha256(token),
            caregiverId,
            name,
            validUntil == null ? latest : validUntil,
            encounter.getLeadUsername(),
            now);
    repository.add(link);
    return new IssuedLink(link, token, "visit/join.xhtml?e=" + encounterId + "&t=" + token);
  }

  /** Revokes a personal link, by the encounter's lead (who made it); at once and for good. */
  public PatientLink revokeLink(long encounterId, long linkId) {
    encounters.lockedForItsLead(encounterId);
    PatientLink link =
        repository
            .link(linkId)
            .filter(l -> l.getEncounterId().equals(encounterId))
            .orElseThrow(() -> new NotFoundException("PatientLink", linkId));
    link.revoke();
    return link;
  }

  public List<PatientLink> links(long encounterId) {
    encounters.encounter(encounterId);
    return repository.links(encounterId);
  }

  static TimeSpent.Activity activity(TelemedicineService service) {
    return switch (service) {
      case TELEVISIT -> TimeSpent.Activity.TELEVISIT;
      case TELECONSULT -> TimeSpent.Activity.TELECONSULT;
      case HEALTH_TELECONSULTANCY -> TimeSpent.Activity.HEALTH_TELECONSULTANCY;
      case TELEASSISTANCE -> TimeSpent.Activity.TELEASSISTANCE;
      case TELEREHABILITATION -> TimeSpent.Activity.TELEREHABILITATION;
      default -> TimeSpent.Activity.TELEMONITORING;
    };
  }
}

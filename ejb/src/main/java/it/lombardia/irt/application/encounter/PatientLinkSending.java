package it.lombardia.irt.application.encounter;

import it.lombardia.irt.application.notification.Notifications;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterRepository;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A personal link sent to the patient, or to one of their caregivers, by SMS or e-mail at the
 * contact on the record, instead of a bare address copied by hand. The link and its message are
 * made in one transaction: no link is left unsent, no message names a link that was not kept.
 */
@Stateless
public class PatientLinkSending {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext EntityManager em;
  @Inject EncounterRepository encounters;
  @Inject EncounterRoom room;
  @Inject Notifications notifications;
  @Inject UserDirectory users;

  /**
   * Issues a link as {@link EncounterRoom#issueLink} does and queues it to the person's {@code
   * channel} address, in {@code language}; {@code baseUrl} is the application's public address the
   * link's path is appended to. Refused when the person has no such contact.
   */
  public EncounterRoom.IssuedLink issueAndSend(
      long encounterId,
      Long caregiverId,
      Instant validUntil,
      Channel channel,
      String language,
      String baseUrl) {
    RuleViolation.require(channel != null, "error.link.channel", "say how to send the link");
    EncounterRoom.IssuedLink issued = room.issueLink(encounterId, caregiverId, validUntil);
    PatientLink link = issued.link();
    Encounter encounter = encounters.find(encounterId).orElseThrow();
    String address;
    if (caregiverId != null) {
      Caregiver caregiver = em.find(Caregiver.class, caregiverId);
      address = channel == Channel.EMAIL ? caregiver.getEmail() : caregiver.getPhone();
    } else {
      Patient patient = em.find(Patient.class, encounter.getPatientId());
      address = channel == Channel.EMAIL ? patient.getEmail() : patient.getPhone();
    }
    if (channel == Channel.SMS) {
      address = ContactPreferences.normalisedMobile(address);
    }
    RuleViolation.require(
        channel == Channel.EMAIL
            ? ContactPreferences.isEmailAddress(address)
            : ContactPreferences.isMobileNumber(address),
        "error.link.noContact",
        "the person has no " + (channel == Channel.EMAIL ? "e-mail address" : "mobile number"));
    ZonedDateTime until = link.getExpiresAt().atZone(Italy.ZONE);
    notifications.toContact(
        channel,
        address,
        link.getDisplayName(),
        language,
        Topic.PATIENT_LINK,
        "patient-link:" + link.getId(),
        "patient-link",
        link.getDisplayName(),
        encounter.getService(),
        users.nameOf(encounter.getLeadUsername()),
        baseUrl + issued.path(),
        DAY.format(until),
        TIME.format(until));
    return issued;
  }
}

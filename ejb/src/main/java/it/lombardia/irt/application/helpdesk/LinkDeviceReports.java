package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.device.DeviceTypeNames;
import it.lombardia.irt.application.encounter.LinkRefusedException;
import it.lombardia.irt.application.encounter.LinkedEncounters;
import it.lombardia.irt.application.files.CheckedFile;
import it.lombardia.irt.application.files.Upload;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Segnala un problema" on the patient's personal link page (issue 17 point 11): the patient or
 * caregiver holding a valid link chooses one of the patient's devices at home — and sees no other —
 * and describes the problem; a device-at-home ticket of the link's ASST follows, for the centre
 * serving it. Runs as the link's holder inside its ASST ({@code PatientVisits}); a link reports a
 * bounded number of problems a day.
 */
@Stateless
public class LinkDeviceReports {

  /** A device at the patient's home as their page names it. */
  public record HomeDevice(long id, Label type, String serialNumber) {}

  public static final int TEXT_MAX = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;
  @Inject DeviceTypeNames typeNames;
  @Inject UploadLimits limits;
  @Inject TicketAttachments attachments;
  @Inject LinkedEncounters linked;

  /** At most this many reports from one link in 24 hours. */
  @Inject
  @ConfigProperty(name = "irt.helpdesk.link-reports-per-day", defaultValue = "3")
  int reportsPerDay;

  /** The patient's devices at home, for the link's holder. */
  public List<HomeDevice> devices(long linkId, long encounterId) {
    Encounter encounter = linked.openedBy(linkId, encounterId);
    Map<String, Map<String, Label>> names = new HashMap<>();
    return em.createQuery(
            "select d from Device d where d.patientId = :p order by d.id", Device.class)
        .setParameter("p", encounter.getPatientId())
        .getResultStream()
        .filter(Device::isAtPatient)
        .map(
            d ->
                new HomeDevice(
                    d.getId(),
                    names
                        .computeIfAbsent(d.getNetworkId(), typeNames::of)
                        .getOrDefault(d.getTypeId(), Label.of(d.getTypeId(), d.getTypeId())),
                    d.getSerialNumber()))
        .toList();
  }

  /**
   * A ticket about the patient's device {@code deviceId} (one of {@link #devices}: any other is
   * refused like a bad link), in the holder's words, with a photo of the device if they took one
   * (JPEG or PNG, checked before anything is stored); returns its number.
   */
  public String report(long linkId, long encounterId, long deviceId, String text, Upload photo) {
    if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
      throw InvalidInputException.of(
          "description",
          "error.link.report.text",
          "describe the problem (at most 1000 characters)");
    }
    CheckedFile checkedPhoto = photo == null ? null : photo.checkedBy(limits.linkPhotos());
    Encounter encounter = linked.openedBy(linkId, encounterId);
    Device device = em.find(Device.class, deviceId);
    if (device == null
        || !encounter.getPatientId().equals(device.getPatientId())
        || !device.isAtPatient()) {
      throw new LinkRefusedException();
    }
    String holder = CallContext.requireActor().name();
    Instant now = clock.instant();
    RuleViolation.require(
        em.createQuery(
                    "select count(t) from Ticket t where t.reportedBy = :h and t.createdAt > :since",
                    Long.class)
                .setParameter("h", holder)
                .setParameter("since", now.minus(Duration.ofDays(1)))
                .getSingleResult()
            < reportsPerDay,
        "error.link.report.tooMany",
        "this link has reported " + reportsPerDay + " problems today; please call the help desk");
    PatientLink link = em.find(PatientLink.class, linkId);
    Label type = typeNames.name(device.getNetworkId(), device.getTypeId());
    Ticket ticket =
        new Ticket(
                numbers.next(now),
                TicketChannel.PATIENT_LINK,
                TicketCategory.DEVICE,
                Priority.P2,
                link.getCaregiverId() == null
                    ? Ticket.RequesterKind.PATIENT
                    : Ticket.RequesterKind.CAREGIVER,
                link.getDisplayName(),
                null,
                holder,
                "Problema con " + type.it() + " n. " + device.getSerialNumber(),
                text.trim(),
                now)
            .about(encounter.getPatientId(), device.getSerialNumber())
            .aboutDevice(device.getId());
    em.persist(ticket);
    em.persist(TicketEntry.stateOf(ticket, null, holder, false, now));
    if (checkedPhoto != null) {
      attachments.store(ticket, checkedPhoto, CallContext.requireActor(), false);
    }
    return ticket.getNumber();
  }
}

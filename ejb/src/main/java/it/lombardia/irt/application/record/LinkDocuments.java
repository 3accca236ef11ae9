package it.lombardia.irt.application.record;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.encounter.LinkedEncounters;
import it.lombardia.irt.application.files.CheckedFile;
import it.lombardia.irt.application.files.Upload;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Photos and files a patient or caregiver sends to the record from their personal link page (seed
 * 003 §2.1.4, e.g. a wound's photo): JPEG, PNG or PDF as detected from the bytes, within the size
 * limit, checked before anything is stored; the care team finds them among the record's documents.
 * Runs as the link's holder inside its ASST ({@code PatientVisits}); a link sends a bounded number
 * of files a day.
 */
@Stateless
public class LinkDocuments {

  public static final int TITLE_MAX = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject UploadLimits limits;
  @Inject LinkedEncounters linked;
  @Inject HomeCareRecord record;

  @Inject
  @ConfigProperty(name = "irt.record.link-documents-per-day", defaultValue = "5")
  int perDay;

  /** Stores the file in the record of the patient the link is for; returns its title. */
  public String send(long linkId, long encounterId, String title, Upload file) {
    if (file == null) {
      throw InvalidInputException.of(
          "file", "error.link.document.file", "choose a photo (JPEG or PNG) or a PDF to send");
    }
    if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
      throw InvalidInputException.of(
          "title", "error.link.document.title", "say what it is (at most 200 characters)");
    }
    CheckedFile checked = file.checkedBy(limits.linkDocuments());
    Encounter encounter = linked.openedBy(linkId, encounterId);
    String holder = CallContext.requireActor().name();
    RuleViolation.require(
        em.createQuery(
                    "select count(d) from PatientDocument d"
                        + " where d.uploadedBy = :h and d.uploadedAt > :since",
                    Long.class)
                .setParameter("h", holder)
                .setParameter("since", clock.instant().minus(Duration.ofDays(1)))
                .getSingleResult()
            < perDay,
        "error.link.document.tooMany",
        "this link has sent " + perDay + " files today; please try again tomorrow");
    PatientDocument document =
        record.addFromLink(
            encounter.getPatientId(), title.strip(), checked.mediaType(), checked.content());
    return document.getTitle();
  }
}

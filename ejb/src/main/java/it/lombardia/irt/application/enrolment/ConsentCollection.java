package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.consent.ConsentTexts;
import it.lombardia.irt.application.record.EntryArgs;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;

/**
 * Collects one consent — in a pathway or, for televisits and consults, outside one — the same way:
 * the ASST's current texts in the patient's language, the scanned form of this patient if any, and
 * the entry in the record. Who may collect it is checked by the caller.
 */
@Stateless
public class ConsentCollection {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ConsentTexts texts;
  @Inject HomeCareRecord record;

  /**
   * @param enrolmentId the pathway, or {@code null} outside any
   * @param services the services a telemedicine consent covers
   */
  public Consent collect(
      long patientId,
      Long enrolmentId,
      ConsentForm form,
      Set<TelemedicineService> services,
      String collectedBy) {
    if (form.getDocumentId() != null) {
      PatientDocument scan = em.find(PatientDocument.class, form.getDocumentId());
      if (scan == null || !scan.getPatientId().equals(patientId)) {
        throw InvalidInputException.of(
            "documentId", "error.consent.scan", "attach the scanned signed form of this patient");
      }
    }
    Consent consent =
        new Consent(
            patientId,
            enrolmentId,
            texts.current(form.getKind(), form.getLanguage()),
            texts.current(ConsentText.Kind.PRIVACY_NOTICE, form.getLanguage()),
            form.getMethod(),
            form.getDocumentId(),
            services,
            collectedBy,
            clock.instant());
    em.persist(consent);
    record.append(
        patientId,
        RecordEntry.Type.CONSENT,
        form.getKind() == ConsentText.Kind.CARE_PATHWAY
            ? EntryMessage.CARE_CONSENT.with(EntryArgs.consentMethod(form.getMethod()))
            : EntryMessage.TELEMEDICINE_CONSENT.with(
                EntryArgs.services(services), EntryArgs.consentMethod(form.getMethod())),
        "consent/" + consent.getId());
    return consent;
  }
}

package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.enrolment.ServiceGate;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The light consent path (seed 003 §2.2.1–2.2.3): televisits and consults need no pathway, so the
 * patient's consent to telemedicine for them is collected on the patient, outside any enrolment —
 * the same texts, methods and record entries as a pathway's consent, by the same people, for a
 * patient in their care.
 */
@Stateless
public class TelemedicineConsents {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidator validator;
  @Inject PatientAccessPolicy policy;
  @Inject ConsentCollection collection;
  @Inject HomeCareRecord record;

  /** The patient's consents given outside a pathway, oldest first. */
  public List<Consent> of(long patientId) {
    policy.requireToRead(patientId, RecordPart.PATHWAY, Roles.PATIENT_CARE);
    return em.createQuery(
            "select c from Consent c where c.patientId = :p and c.enrolmentId is null"
                + " order by c.id",
            Consent.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  /** Records the patient's consent to telemedicine for televisits and consults. */
  public Consent record(long patientId, ConsentForm form) {
    Actor actor = Guard.requireAnyRole(EnrolmentWorkflow.PROPOSERS);
    policy.requireToChange(patientId, RecordPart.PATHWAY, Roles.anyOf(EnrolmentWorkflow.PROPOSERS));
    validator.check(form);
    Set<TelemedicineService> services = form.getServices();
    if (form.getKind() != ConsentText.Kind.TELEMEDICINE
        || services == null
        || services.isEmpty()
        || !ServiceGate.WITHOUT_PATHWAY.containsAll(services)) {
      throw InvalidInputException.of(
          "services",
          "error.consent.withoutPathway",
          "outside a pathway, a consent is to telemedicine for televisits and consults only:"
              + " name those services");
    }
    return collection.collect(patientId, null, form, services, actor.name());
  }

  /** The patient withdraws a consent given outside a pathway: no new booking from now on. */
  public Consent withdraw(long patientId, long consentId, String reason) {
    Actor actor = Guard.requireAnyRole(EnrolmentWorkflow.PROPOSERS);
    policy.requireToChange(patientId, RecordPart.PATHWAY, Roles.anyOf(EnrolmentWorkflow.PROPOSERS));
    Consent consent = em.find(Consent.class, consentId);
    if (consent == null
        || consent.getEnrolmentId() != null
        || !consent.getPatientId().equals(patientId)) {
      throw new NotFoundException("Consent", consentId);
    }
    consent.withdraw(actor.name(), reason, clock.instant());
    record.append(
        patientId,
        RecordEntry.Type.CONSENT,
        EntryMessage.TELEMEDICINE_CONSENT_WITHDRAWN.with(
            EntryArg.text(consent.getWithdrawalReason())),
        "consent/" + consent.getId());
    return consent;
  }
}

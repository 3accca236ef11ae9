package it.lombardia.irt.application.prescription;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterCompleted;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.prescription.DeliveredPrescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * A televisit prescribed with an NRE is reported to the e-prescription system as delivered once its
 * lead completes it (seed 003 §2.2.1, "fase di erogazione"): the report is written in the
 * completion's transaction, so a completed encounter never lacks it, and sent by its outbox.
 */
@ApplicationScoped
public class PrescriptionDeliveries {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject UserDirectory users;
  @Inject Encounters encounters;

  void completed(@Observes EncounterCompleted event) {
    Encounter encounter = em.find(Encounter.class, event.encounterId());
    if (encounter.getNre() == null) {
      return;
    }
    Patient patient = em.find(Patient.class, encounter.getPatientId());
    String eventId = UUID.randomUUID().toString();
    em.persist(
        new DeliveredPrescription(
            encounter.getId(),
            encounter.getNre(),
            eventId,
            ErogazioneMessages.delivered(
                eventId, encounter, patient, users.nameOf(encounter.getLeadUsername())),
            clock.instant()));
  }

  /**
   * The report of an encounter, for those who may see the encounter (404 for another ASST's, or one
   * with no NRE or not completed yet).
   */
  public DeliveredPrescription of(long encounterId) {
    encounters.encounter(encounterId);
    return report(encounterId)
        .orElseThrow(() -> new NotFoundException("Prescription delivery", encounterId));
  }

  private Optional<DeliveredPrescription> report(long encounterId) {
    return em.createQuery(
            "select d from DeliveredPrescription d where d.encounterId = :e",
            DeliveredPrescription.class)
        .setParameter("e", encounterId)
        .getResultStream()
        .findFirst();
  }
}

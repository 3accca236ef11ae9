package it.lombardia.irt.application.enrolment;

import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.ServiceGate;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.tenant.Setting;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.infrastructure.config.TenantSettings;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a booking or an encounter needs from the patient's pathway and consents ({@link
 * ServiceGate}): the data the rule reads, looked up for the caller's ASST. The caller's care
 * relation to the patient is checked before, by whoever asks.
 */
@Stateless
public class ServiceAvailability {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TenantSettings settings;

  /**
   * Refuses {@code service} for the patient now (409) unless their pathway has it active — with its
   * suitability re-evaluated in time — or it needs no pathway and they consented to it.
   *
   * @return the active enrolment the service belongs to, if it is delivered inside a pathway
   */
  public Optional<Long> requireBookable(long patientId, TelemedicineService service) {
    List<Long> pathways = activePathways(patientId, service);
    Set<TelemedicineService> inPathway =
        pathways.isEmpty() ? EnumSet.noneOf(TelemedicineService.class) : EnumSet.of(service);
    ServiceGate.requireDeliverable(service, inPathway, consentedWithoutPathway(patientId));
    if (pathways.isEmpty()) {
      return Optional.empty();
    }
    int grace = graceDays();
    LocalDate today = today();
    for (long enrolmentId : pathways) {
      reevaluationDue(enrolmentId, service)
          .ifPresent(due -> ServiceGate.requireReevaluated(service, due, grace, today));
    }
    return Optional.of(pathways.get(0));
  }

  /** The active enrolment that includes {@code service}, if the patient has one. */
  public Optional<Long> activePathwayOf(long patientId, TelemedicineService service) {
    return activePathways(patientId, service).stream().findFirst();
  }

  /** The services the patient consented to outside any pathway, while the consent is valid. */
  public Set<TelemedicineService> consentedWithoutPathway(long patientId) {
    Set<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);
    em.createQuery(
            "select c from Consent c where c.patientId = :p and c.enrolmentId is null"
                + " and c.kind = :telemedicine and c.withdrawnAt is null",
            Consent.class)
        .setParameter("p", patientId)
        .setParameter("telemedicine", ConsentText.Kind.TELEMEDICINE)
        .getResultStream()
        .forEach(c -> services.addAll(c.getServices()));
    return services;
  }

  /** The ASST's grace period for an overdue re-evaluation, in days. */
  public int graceDays() {
    String code = CallContext.requireActor().tenantCode();
    Tenant tenant = code == null ? null : em.find(Tenant.class, code);
    Map<String, String> stored = tenant == null ? Map.of() : tenant.getSettings();
    return settings.getInt(Setting.REEVALUATION_GRACE_DAYS, code, stored);
  }

  /** The patient's active enrolments that include {@code service}, oldest first. */
  protected List<Long> activePathways(long patientId, TelemedicineService service) {
    return em.createQuery(
            "select e from Enrolment e where e.patientId = :p and e.state = :active order by e.id",
            Enrolment.class)
        .setParameter("p", patientId)
        .setParameter("active", Enrolment.State.ACTIVE)
        .getResultStream()
        .filter(e -> e.getServices().contains(service))
        .map(Enrolment::getId)
        .toList();
  }

  /** When the enrolment's suitability to {@code service} is to be re-evaluated. */
  protected Optional<LocalDate> reevaluationDue(long enrolmentId, TelemedicineService service) {
    return em.createQuery(
            "select a from SuitabilityAssessment a where a.enrolmentId = :e and a.service = :s",
            SuitabilityAssessment.class)
        .setParameter("e", enrolmentId)
        .setParameter("s", service)
        .getResultStream()
        .map(SuitabilityAssessment::getReevaluateOn)
        .findFirst();
  }

  protected LocalDate today() {
    return LocalDate.now(clock.withZone(Italy.ZONE));
  }
}

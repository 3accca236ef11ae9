package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.BusinessCalendar;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import jakarta.persistence.EntityManager;

/** The calendar an ASST's SLA clocks run on: its service centre's, or the default one. */
final class CentreCalendars {

  private CentreCalendars() {}

  static BusinessCalendar of(EntityManager em, String tenantCode, SlaPolicy policy) {
    return em.createQuery(
            "select c from ServiceCentre c join c.servedTenants t where t = :t",
            ServiceCentre.class)
        .setParameter("t", tenantCode)
        .getResultStream()
        .findFirst()
        .map(ServiceCentre::calendar)
        .orElseGet(policy::defaultCalendar);
  }
}

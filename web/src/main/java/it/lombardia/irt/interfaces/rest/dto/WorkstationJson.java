package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.helpdesk.WorkstationView;
import it.lombardia.irt.domain.model.helpdesk.Workstation;

/** A workstation (Postazione di Lavoro) as the API shows it. */
public record WorkstationJson(
    long id,
    String asst,
    String asstName,
    String code,
    String site,
    String siteKind,
    String state,
    String notes,
    long openTickets) {

  public static WorkstationJson of(WorkstationView v) {
    Workstation w = v.workstation();
    return new WorkstationJson(
        w.getId(),
        w.getTenantCode(),
        v.asstName(),
        w.getCode(),
        w.getSite(),
        w.getSiteKind().name(),
        w.getState().name(),
        w.getNotes(),
        v.openTickets());
  }
}

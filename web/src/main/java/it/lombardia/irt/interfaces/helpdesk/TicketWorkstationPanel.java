package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The workstation panel of a workstation ticket's page, for the centre's operator: the workstation
 * the ticket is about, and the ASST's workstations in service to link one.
 */
@Named
@ViewScoped
public class TicketWorkstationPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketDesk desk;
  @Inject TicketPage page;

  private transient List<Workstation> choices;
  private Long workstationId;

  /** Whether the panel shows: the operator on a workstation ticket. */
  public boolean isShown() {
    Ticket ticket = page.getCurrent();
    return ticket != null
        && page.isOperator()
        && ticket.getCategory() == TicketCategory.WORKSTATION;
  }

  public List<Workstation> getChoices() {
    if (choices == null) {
      choices = List.of();
      PageActions.attempt(() -> choices = desk.workstationChoices(page.getId()), null);
    }
    return choices;
  }

  /** The workstation linked to the ticket, as "code · site"; null when none. */
  public String getLinked() {
    Long linked = page.getCurrent().getWorkstationId();
    return linked == null
        ? null
        : getChoices().stream()
            .filter(w -> w.getId().equals(linked))
            .map(w -> w.getCode() + " · " + w.getSite())
            .findFirst()
            .orElse(String.valueOf(linked));
  }

  public void link() {
    if (PageActions.attempt(
        () -> page.show(desk.linkWorkstation(page.getId(), workstationId)),
        "tickets.workstation.linked")) {
      workstationId = null;
    }
  }

  public Long getWorkstationId() {
    return workstationId;
  }

  public void setWorkstationId(Long workstationId) {
    this.workstationId = workstationId;
  }
}

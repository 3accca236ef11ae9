package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.helpdesk.TicketFigures;
import it.lombardia.irt.application.helpdesk.TicketOversight;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The Region administrator's oversight of the help desk: per service centre and ASST the open,
 * breached and resolved tickets and SLA compliance, and the faults per device type (procurement).
 */
@Named
@ViewScoped
public class TicketOversightPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketOversight oversight;

  private TicketFigures figures;

  @PostConstruct
  void load() {
    PageActions.attempt(() -> figures = oversight.summary(), null);
  }

  public TicketFigures getFigures() {
    return figures;
  }
}

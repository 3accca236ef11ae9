package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.helpdesk.TicketBriefing;
import it.lombardia.irt.application.helpdesk.TicketOversight;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One ticket opened from the Region's oversight: its brief, states, SLA clocks and supplier, never
 * the requester, the conversation or the patient.
 */
@Named
@ViewScoped
public class RegionTicketPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketOversight oversight;

  private Long id;
  private TicketBriefing briefing;

  public void load() {
    if (id != null) {
      PageActions.attempt(() -> briefing = oversight.briefing(id), null);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TicketBriefing getBriefing() {
    return briefing;
  }
}

package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.TicketDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sends a service centre's operator from the home page to their queue: their home is their work.
 */
@Named
@RequestScoped
public class HelpdeskHome {

  @Inject TicketDesk desk;

  public String redirect() {
    boolean helpdesk =
        FacesContext.getCurrentInstance().getExternalContext().isUserInRole("HELPDESK");
    return helpdesk && desk.centre().isPresent() ? "/app/helpdesk/queue?faces-redirect=true" : null;
  }
}

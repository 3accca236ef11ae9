package it.lombardia.irt.interfaces.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client a page is serving: what the public link pages (personal links, password
 * resets, satisfaction questions) hand to the service so that it can log who used the link.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String ofPage() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }
}

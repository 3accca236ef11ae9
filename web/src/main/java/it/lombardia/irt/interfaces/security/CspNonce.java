package it.lombardia.irt.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's script nonce, for the few inline scripts of our own ({@code <script
 * nonce="#{cspNonce.value}">}): the one PrimeFaces draws and names in the page's policy.
 */
@Named
@RequestScoped
public class CspNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}

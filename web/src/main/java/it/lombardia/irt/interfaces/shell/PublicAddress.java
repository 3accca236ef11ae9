package it.lombardia.irt.interfaces.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address patients reach IRT at, ending in "/": {@code irt.public-url} when set (behind a
 * reverse proxy the request's own address is an internal one), else the address of the request.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "irt.public-url")
  Optional<String> configured;

  public String base(HttpServletRequest request) {
    return configured
        .map(url -> url.endsWith("/") ? url : url + "/")
        .orElseGet(
            () ->
                request.getRequestURL().toString().replace(request.getRequestURI(), "")
                    + request.getContextPath()
                    + "/");
  }

  /** {@link #base(HttpServletRequest)} of the Faces request being served. */
  public String ofFacesRequest() {
    return base(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }
}

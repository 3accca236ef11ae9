package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.training.TrainingWarnings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A step an ASST that warns let pass without the professional's training answers as usual, with a
 * {@code Warning: 299 IRT "..."} header per gap (RFC 9111's miscellaneous persistent warning), so
 * that no answer body changes shape.
 */
@Provider
public class TrainingWarningHeader implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 400) {
      return;
    }
    // looked up per request: the provider is RESTEasy's singleton, the warnings the request's
    CDI.current()
        .select(TrainingWarnings.class)
        .get()
        .gaps()
        .forEach(
            g ->
                response
                    .getHeaders()
                    .add("Warning", "299 IRT \"" + g.message().replace("\"", "'") + "\""));
  }
}

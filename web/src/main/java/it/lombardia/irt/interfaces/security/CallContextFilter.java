package it.lombardia.irt.interfaces.security;

import it.lombardia.irt.infrastructure.tenancy.Actor;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the authenticated actor, with the client's address, in the {@link CallContext} for the whole
 * request (and removes it afterwards), so the tenant filter and the audit trail know who is acting.
 */
@WebFilter(filterName = "callContext", urlPatterns = "/*")
public class CallContextFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request.getAttribute(IrtAuthenticationMechanism.ACTOR) instanceof Actor actor)) {
      chain.doFilter(request, response);
      return;
    }
    CallContext.set(actor.from(request.getRemoteAddr()));
    try {
      chain.doFilter(request, response);
    } finally {
      CallContext.clear();
    }
  }
}

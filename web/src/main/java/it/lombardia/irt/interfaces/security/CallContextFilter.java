package it.lombardia.irt.interfaces.security;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes the authenticated actor, with the client's address, the {@link CurrentUser} for the whole
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
    CurrentUser.bind(actor.from(request.getRemoteAddr()));
    try {
      chain.doFilter(request, response);
    } finally {
      CurrentUser.unbind();
    }
  }
}

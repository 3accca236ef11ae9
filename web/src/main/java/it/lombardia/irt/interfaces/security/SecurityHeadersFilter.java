package it.lombardia.irt.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SecurityHeaders} on every answer, error pages included (the authentication mechanism sets
 * them too, for the answers it gives itself, such as a 401). PrimeFaces (with {@code
 * primefaces.CSP}) adds a policy of its own naming the page's script nonce; a second policy would
 * only narrow the first, so that header is turned into the application's policy with the nonce.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  @Inject transient SecurityHeaders headers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.applyTo(request, response);
    chain.doFilter(request, new NonceAwareResponse(response));
  }

  private final class NonceAwareResponse extends HttpServletResponseWrapper {

    NonceAwareResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        Matcher nonce = NONCE.matcher(value == null ? "" : value);
        if (nonce.find()) {
          super.setHeader(SecurityHeaders.CSP, headers.policyWithNonce(nonce.group(1)));
        }
        return;
      }
      super.setHeader(name, value);
    }
  }
}

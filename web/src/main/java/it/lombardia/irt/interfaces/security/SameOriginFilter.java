package it.lombardia.irt.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses cross-site requests that would change something (403): a POST, PUT, PATCH or DELETE made
 * by a browser must come from a page of this server ({@code Origin}, else {@code Referer}), or from
 * one of the origins in {@code irt.security.allowed-origins} (a reverse proxy's public address).
 * This guards the Faces pages, the patient's link page included, and any request to the API that
 * carries a session cookie. API calls with their own credentials (Basic or Bearer) and no cookie
 * are not driven by a browser's cookie and pass, unless they name a foreign origin.
 */
@WebFilter(filterName = "sameOrigin", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject
  @ConfigProperty(name = "irt.security.allowed-origins")
  transient Optional<List<String>> allowedOrigins;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod()) || isAllowed(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info(
        () ->
            "Refused a cross-site "
                + request.getMethod()
                + " of "
                + request.getRequestURI()
                + " from origin "
                + claimedOrigin(request).orElse("(none)"));
    if (IrtAuthenticationMechanism.isApi(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response
          .getOutputStream()
          .write(
              "{\"status\":403,\"error\":\"cross-site request refused\",\"problems\":[]}"
                  .getBytes(StandardCharsets.UTF_8));
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private boolean isAllowed(HttpServletRequest request) {
    Optional<String> origin = claimedOrigin(request);
    if (origin.isPresent()) {
      return origin.get().equals(ownOrigin(request))
          || allowedOrigins.orElse(List.of()).stream()
              .anyMatch(allowed -> origin.get().equals(normalised(allowed)));
    }
    // Neither header: not a browser (browsers send Origin with every POST). An API client without
    // a cookie goes on to be authenticated by its credentials; a page, or a cookie, may not.
    return IrtAuthenticationMechanism.isApi(request) && request.getRequestedSessionId() == null;
  }

  /** The origin the request says it comes from: {@code Origin}, else the {@code Referer}'s. */
  private static Optional<String> claimedOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.isBlank()) {
      return Optional.of(normalised(origin));
    }
    String referer = request.getHeader("Referer");
    if (referer != null && !referer.isBlank()) {
      return Optional.of(normalised(referer));
    }
    return Optional.empty();
  }

  /**
   * Scheme, host and port of a URL, in lower case and without a default port; an unreadable one
   * (such as the {@code null} origin of a sandboxed frame) becomes a value no server has.
   */
  static String normalised(String url) {
    try {
      URI uri = URI.create(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (scheme.isEmpty() || host.isEmpty()) {
        return "invalid:";
      }
      return origin(scheme, host, uri.getPort());
    } catch (IllegalArgumentException e) {
      return "invalid:";
    }
  }

  private static String ownOrigin(HttpServletRequest request) {
    return origin(
        request.getScheme().toLowerCase(Locale.ROOT),
        request.getServerName().toLowerCase(Locale.ROOT),
        request.getServerPort());
  }

  private static String origin(String scheme, String host, int port) {
    boolean defaultPort =
        port < 0
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return scheme + "://" + shownHost + (defaultPort ? "" : ":" + port);
  }
}

package it.lombardia.irt.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * Security headers on every answer: no framing by other sites, no MIME sniffing, no caching of
 * pages. Scripts and frames come from the application only, and from the configured Jitsi Meet
 * domains (the video of the encounters: its IFrame API script and its frame).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Config config;

  private String policy;

  @Override
  public void init() {
    Set<String> video = new TreeSet<>();
    video.add(
        "https://"
            + config.getOptionalValue("irt.jitsi.domain", String.class).orElse("meet.jit.si"));
    for (String name : config.getPropertyNames()) {
      if (name.startsWith("irt.tenant.") && name.endsWith(".jitsi.domain")) {
        config.getOptionalValue(name, String.class).ifPresent(d -> video.add("https://" + d));
      }
    }
    String jitsi = String.join(" ", video);
    policy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' "
            + jitsi
            + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " frame-src 'self' "
            + jitsi
            + "; frame-ancestors 'self'; form-action 'self'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "geolocation=(), payment=()");
    response.setHeader("Content-Security-Policy", policy);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}

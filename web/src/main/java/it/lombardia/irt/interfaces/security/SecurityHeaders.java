package it.lombardia.irt.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * The security headers of every answer: no framing by other sites, no MIME sniffing, no caching of
 * pages, HSTS over TLS, and a Content-Security-Policy without {@code 'unsafe-eval'} or inline
 * scripts. Scripts and frames come from the application only, and from the configured Jitsi Meet
 * domains (the video of the encounters: its IFrame API script and its frame); a page's inline
 * scripts run only with the nonce PrimeFaces draws for it ({@link #policyWithNonce}).
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";

  @Inject Config config;

  private String scriptSources;
  private String otherDirectives;

  @PostConstruct
  void readVideoDomains() {
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
    scriptSources = "script-src 'self' " + jitsi;
    otherDirectives =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " font-src 'self' data:; frame-src 'self' "
            + jitsi
            + "; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'; ";
  }

  /** Sets every header, with a policy that allows no inline script at all. */
  public void applyTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "geolocation=(), payment=()");
    response.setHeader(CSP, otherDirectives + scriptSources);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** The policy of a page whose inline scripts carry {@code nonce}. */
  String policyWithNonce(String nonce) {
    return otherDirectives + scriptSources + " 'nonce-" + nonce + "'";
  }
}

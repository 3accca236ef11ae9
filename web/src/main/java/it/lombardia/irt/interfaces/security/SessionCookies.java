package it.lombardia.irt.interfaces.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} flag. Undertow sets it on answers served over TLS ({@code
 * secure-cookie} in {@code WEB-INF/undertow-handlers.conf}); behind a proxy that ends TLS the
 * server sees plain HTTP, so {@code irt.security.session-cookie-secure=always} sets it on every
 * answer.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String mode =
        ConfigProvider.getConfig()
            .getOptionalValue("irt.security.session-cookie-secure", String.class)
            .orElse("tls")
            .trim()
            .toLowerCase(Locale.ROOT);
    switch (mode) {
      case "always" -> event.getServletContext().getSessionCookieConfig().setSecure(true);
      case "tls" -> {
        // Undertow's secure-cookie handler does it, per answer.
      }
      default ->
          throw new IllegalStateException(
              "irt.security.session-cookie-secure must be tls or always, not " + mode);
    }
  }
}

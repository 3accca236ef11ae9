package it.lombardia.irt.interfaces.shell;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that every log line written while serving it carries ({@code rid} in
 * the log pattern), from the first step, sign-in included: the caller's {@code X-Request-ID} when
 * it is a plain token (a gateway or proxy already tracing the request), otherwise a new one. The
 * answer carries it back ({@link RequestIdHeader}) and an unexpected error names it as its
 * reference.
 */
@WebListener
public class RequestIds implements ServletRequestListener {

  public static final String HEADER = "X-Request-ID";
  static final String KEY = "rid";

  /** Letters, digits and {@code . _ -}: nothing that could forge a log line or a header. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    String given =
        event.getServletRequest() instanceof HttpServletRequest http
            ? http.getHeader(HEADER)
            : null;
    String id = given != null && TOKEN.matcher(given).matches() ? given : newId();
    event.getServletRequest().setAttribute(KEY, id);
    MDC.put(KEY, id);
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    MDC.remove(KEY);
  }

  /** The id given to {@code request}. */
  public static String of(ServletRequest request) {
    return request.getAttribute(KEY) instanceof String id ? id : current();
  }

  /** The id of the request being served, or a new one outside a request. */
  public static String current() {
    Object id = MDC.get(KEY);
    return id instanceof String s ? s : newId();
  }

  private static String newId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}

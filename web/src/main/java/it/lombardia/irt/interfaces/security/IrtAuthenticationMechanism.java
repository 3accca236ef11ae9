package it.lombardia.irt.interfaces.security;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.DatabaseFailures;
import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.application.security.LoginResult;
import it.lombardia.irt.interfaces.shell.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How IRT authenticates every request:
 *
 * <ul>
 *   <li>the login page hands over a username and password ({@code SecurityContext.authenticate}); a
 *       success starts an HTTP session;
 *   <li>{@code /api/*} and the FHIR API {@code /fhir/*} ignore the browser session and take HTTP
 *       Basic (a person's or an API client's credentials) or {@code Bearer clientId.secret},
 *       statelessly; missing or wrong credentials answer 401. On {@code /fhir/*} the request then
 *       goes on without a caller and the FHIR server answers the 401, as an OperationOutcome like
 *       its other errors, to everything but {@code GET /fhir/{tenant}/metadata} (it describes the
 *       API, no data): web.xml cannot single out a path below each tenant's base;
 *   <li>a session is re-checked on each request, so a disabled account or a deactivated tenant is
 *       out at its next click;
 *   <li>a failed login is told only that it failed (and, while throttled, when to retry).
 * </ul>
 *
 * The resolved {@link Actor} is left in a request attribute for {@link CallContextFilter}.
 */
@ApplicationScoped
public class IrtAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_PRINCIPAL = "irt.principal";
  static final String ACTOR = "irt.actor";
  private static final LoginResult NO_CREDENTIALS =
      new LoginResult(LoginResult.Status.INVALID_CREDENTIALS, null, 0, 0);

  @Inject Authentication authentication;
  @Inject SecurityHeaders headers;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Here first: a 401 or a redirect from this mechanism never reaches the servlet filters.
    headers.applyTo(request, response);
    if (context.getAuthParameters().getCredential()
        instanceof UsernamePasswordCredential credential) {
      return loginFromPage(request, context, credential);
    }
    boolean api = isApi(request);
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null) {
      LoginResult result;
      try {
        result = fromAuthorizationHeader(authorization, request.getRemoteAddr());
      } catch (RuntimeException e) {
        if (!DatabaseFailures.unreachable(e)) {
          throw e;
        }
        DatabaseOutage.refused(e);
        return unavailable(request, response);
      }
      return result.succeeded()
          ? accept(request, context, result.actor())
          : unauthorized(request, response, context, result);
    }
    // The API never rides on a browser session: no cross-site request can act with a user's cookie.
    HttpSession session = api ? null : request.getSession(false);
    if (session != null && session.getAttribute(SESSION_PRINCIPAL) instanceof String name) {
      Optional<Actor> actor = authentication.currentIdentity(name);
      if (actor.isPresent()) {
        return accept(request, context, actor.get());
      }
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return api
        ? unauthorized(request, response, context, NO_CREDENTIALS)
        : context.redirect(request.getContextPath() + "/login.xhtml");
  }

  private AuthenticationStatus loginFromPage(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    LoginResult result =
        authentication.login(
            credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
    if (!result.succeeded()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate(); // a fresh session id on login: no session fixation
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_PRINCIPAL, result.actor().name());
    session.setMaxInactiveInterval(result.sessionTimeoutMinutes() * 60);
    return accept(request, context, result.actor());
  }

  private LoginResult fromAuthorizationHeader(String header, String address) {
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return NO_CREDENTIALS;
      }
      int colon = decoded.indexOf(':');
      if (colon < 1) {
        return NO_CREDENTIALS;
      }
      String name = decoded.substring(0, colon);
      String secret = decoded.substring(colon + 1);
      // Clients first: their check is a cheap digest, a person's is a deliberately slow PBKDF2.
      LoginResult client = authentication.loginClient(name, secret);
      if (client.status() != LoginResult.Status.INVALID_CREDENTIALS) {
        return client;
      }
      return authentication.login(name, secret, address);
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = header.substring(7).trim();
      int dot = token.lastIndexOf('.'); // client ids may contain dots, secrets never do
      if (dot < 1) {
        return NO_CREDENTIALS;
      }
      return authentication.loginClient(token.substring(0, dot), token.substring(dot + 1));
    }
    return NO_CREDENTIALS;
  }

  private static AuthenticationStatus accept(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    request.setAttribute(ACTOR, actor);
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(actor.name()),
        actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  /**
   * The same 401 for every failure, whatever went wrong; while a throttle holds, it also says when
   * to try again (the throttle does not depend on whether the account exists).
   */
  private static AuthenticationStatus unauthorized(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      LoginResult result) {
    if (result.retryAfterSeconds() > 0) {
      response.setHeader("Retry-After", String.valueOf(result.retryAfterSeconds()));
    }
    if (isFhir(request)) {
      return context.doNothing(); // the FHIR server answers the 401 (TenantGate)
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"IRT\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  /**
   * The credentials could not be checked, the database being out of reach: 503 with {@code
   * Retry-After} as the APIs answer it then, committed here so that nothing turns it into a 401.
   * The exchange is finished here — the body read, the answer closed — or the container would try
   * to send an error page over it.
   */
  private static AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    String message = "The database is unavailable: nothing was done; send the request again later";
    try {
      response.setStatus(503);
      response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
      if (isFhir(request)) {
        response.setContentType("application/fhir+json;charset=UTF-8");
        response
            .getWriter()
            .write(
                "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"transient\",\"diagnostics\":\""
                    + message
                    + "\"}]}");
      } else {
        response.setContentType("application/json;charset=UTF-8");
        response
            .getWriter()
            .write("{\"status\":503,\"error\":\"" + message + "\",\"problems\":[]}");
      }
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
      response.getWriter().close();
    } catch (IOException e) {
      // The caller went away: nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean isFhir(HttpServletRequest request) {
    return path(request).startsWith("/fhir/");
  }

  static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith("/api/") || isFhir(request);
  }
}

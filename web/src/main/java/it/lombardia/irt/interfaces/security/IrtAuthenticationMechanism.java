package it.lombardia.irt.interfaces.security;

import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.application.security.LoginResult;
import it.lombardia.irt.infrastructure.tenancy.Actor;
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
 *       statelessly; missing or wrong credentials answer 401;
 *   <li>a session is re-checked on each request, so a disabled account or a deactivated tenant is
 *       out at its next click.
 * </ul>
 *
 * The resolved {@link Actor} is left in a request attribute for {@link CallContextFilter}.
 */
@ApplicationScoped
public class IrtAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_PRINCIPAL = "irt.principal";
  static final String ACTOR = "irt.actor";
  public static final String LOGIN_STATUS = "irt.login.status";

  @Inject Authentication authentication;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential()
        instanceof UsernamePasswordCredential credential) {
      return loginFromPage(request, context, credential);
    }
    boolean api = isApi(request);
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null) {
      Optional<Actor> actor = fromAuthorizationHeader(authorization);
      return actor.isPresent()
          ? accept(request, context, actor.get())
          : unauthorized(response, context);
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
        ? unauthorized(response, context)
        : context.redirect(request.getContextPath() + "/login.xhtml");
  }

  private AuthenticationStatus loginFromPage(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    LoginResult result =
        authentication.login(credential.getCaller(), credential.getPasswordAsString());
    request.setAttribute(LOGIN_STATUS, result.status());
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

  private Optional<Actor> fromAuthorizationHeader(String header) {
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon < 1) {
        return Optional.empty();
      }
      String name = decoded.substring(0, colon);
      String secret = decoded.substring(colon + 1);
      // Clients first: their check is a cheap digest, a person's is a deliberately slow PBKDF2.
      LoginResult client = authentication.loginClient(name, secret);
      if (client.status() != LoginResult.Status.INVALID_CREDENTIALS) {
        return Optional.ofNullable(client.actor());
      }
      return Optional.ofNullable(authentication.login(name, secret).actor());
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = header.substring(7).trim();
      int dot = token.lastIndexOf('.'); // client ids may contain dots, secrets never do
      if (dot < 1) {
        return Optional.empty();
      }
      return Optional.ofNullable(
          authentication.loginClient(token.substring(0, dot), token.substring(dot + 1)).actor());
    }
    return Optional.empty();
  }

  private static AuthenticationStatus accept(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    request.setAttribute(ACTOR, actor);
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(actor.name()),
        actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"IRT\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/fhir/");
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.security.LoginThrottles;
import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.LoginThrottleEvent;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Login throttles in force, their audit trail, and lifting one: an ASST administrator for their
 * ASST's accounts, the Region administrator for every account and address. Another ASST's throttle
 * answers 404.
 */
@Tag(
    name = "Login throttles",
    description =
        "Blocchi di accesso in corso, il loro registro e la rimozione: l'amministratore dell'ASST per i propri account, la Regione per tutti. — Login throttles in force, their audit trail and lifting one: an ASST's administrator for its accounts, the Region for all.")
@Path("login-throttles")
@Produces(MediaType.APPLICATION_JSON)
public class LoginThrottlesResource {

  @Inject LoginThrottles throttles;

  /** A throttle as the API shows it. */
  public record ThrottleJson(
      long id,
      String kind,
      String subject,
      String tenant,
      int failures,
      Instant lastFailureAt,
      Instant blockedUntil) {

    static ThrottleJson of(LoginThrottle t) {
      return new ThrottleJson(
          t.getId(),
          t.getKind().name(),
          t.getSubject(),
          t.getTenantCode(),
          t.getFailures(),
          t.getLastFailureAt(),
          t.getBlockedUntil());
    }
  }

  /** A start or a lift of a throttle: who, when, from where. */
  public record EventJson(
      String event,
      String kind,
      String subject,
      String tenant,
      int failures,
      Instant blockedUntil,
      String actor,
      String clientAddress,
      Instant at) {

    static EventJson of(LoginThrottleEvent e) {
      return new EventJson(
          e.getType().name(),
          e.getKind().name(),
          e.getSubject(),
          e.getTenantCode(),
          e.getFailures(),
          e.getBlockedUntil(),
          e.getActor(),
          e.getClientAddress(),
          e.getOccurredAt());
    }
  }

  @GET
  public List<ThrottleJson> current() {
    return throttles.current().stream().map(ThrottleJson::of).toList();
  }

  @GET
  @Path("events")
  public List<EventJson> events() {
    return throttles.events().stream().map(EventJson::of).toList();
  }

  @DELETE
  @Path("{id}")
  public void lift(@PathParam("id") long id) {
    throttles.lift(id);
  }
}

package it.lombardia.irt.application.apiclient;

import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.ApiClientRepository;
import it.lombardia.irt.domain.model.apiclient.SmartScope;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.cache.AuthenticationCache;
import it.lombardia.irt.infrastructure.security.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The tenant administrator issues, rotates and disables the API credentials of the ASST's machine
 * clients.
 */
@Stateless
public class ApiClientAdministration {

  private static final String CLIENT_ID_PATTERN = "[a-z0-9][a-z0-9._-]{2,79}";

  @Inject ApiClientRepository clients;
  @Inject Clock clock;
  @Inject Authentication authentication;
  @Inject AuthenticationCache authenticationCache;

  public List<ApiClient> list() {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    return clients.all();
  }

  /** Issues a client with the device gateway's scopes ({@link SmartScope#GATEWAY_DEFAULT}). */
  public IssuedCredentials issue(String clientId, String name) {
    return issue(clientId, name, SmartScope.GATEWAY_DEFAULT);
  }

  /** Issues a client with {@code scopes} (SMART v2 system scopes, space-separated). */
  public IssuedCredentials issue(String clientId, String name, String scopes) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    if (clientId == null || !clientId.matches(CLIENT_ID_PATTERN)) {
      throw InvalidInputException.of(
          "clientId",
          "irt.user.username.pattern",
          "3-80 lower-case letters, digits, '.', '_' or '-'");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw InvalidInputException.of(
          "name", "error.apiclient.name", "a name of 1-200 characters is required");
    }
    if (authentication.isPrincipalNameTaken(clientId)) {
      throw InvalidInputException.of(
          "clientId", "error.user.duplicate", "client id is taken: " + clientId);
    }
    List<SmartScope> granted = scopes(scopes);
    String secret = Secrets.newSecret();
    ApiClient client =
        new ApiClient(clientId, name.trim(), Secrets.sha256(secret), clock.instant());
    client.setScopes(granted);
    clients.add(client);
    return new IssuedCredentials(clientId, secret);
  }

  public IssuedCredentials rotateSecret(long id) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    ApiClient client = find(id);
    String secret = Secrets.newSecret();
    client.rotateSecret(Secrets.sha256(secret));
    authenticationCache.evict(client.getClientId());
    return new IssuedCredentials(client.getClientId(), secret);
  }

  public ApiClient setEnabled(long id, boolean enabled) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    ApiClient client = find(id);
    client.setEnabled(enabled);
    authenticationCache.evict(client.getClientId());
    return client;
  }

  /** Grants exactly {@code scopes}; the client's next request is checked against them. */
  public ApiClient setScopes(long id, String scopes) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    ApiClient client = find(id);
    client.setScopes(scopes(scopes));
    authenticationCache.evict(client.getClientId());
    return client;
  }

  private static List<SmartScope> scopes(String text) {
    try {
      List<SmartScope> scopes = SmartScope.parseAll(text == null ? "" : text);
      if (scopes.isEmpty()) {
        throw new IllegalArgumentException("grant at least one scope, e.g. system/Observation.c");
      }
      return scopes;
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("scopes", "error.apiclient.scopes", e.getMessage());
    }
  }

  private ApiClient find(long id) {
    return clients.find(id).orElseThrow(() -> new NotFoundException("API client", id));
  }
}

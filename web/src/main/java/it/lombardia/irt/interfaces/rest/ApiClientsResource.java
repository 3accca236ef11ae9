package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.apiclient.ApiClientAdministration;
import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.apiclient.SmartScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The machine clients of the caller's ASST and their SMART scopes; tenant administrators only. The
 * secret is in the answer to the issue only.
 */
@Tag(
    name = "API clients",
    description =
        "Client macchina dell'ASST e i loro scope SMART; solo amministratori dell'ASST. — The ASST's machine clients and their SMART scopes; ASST administrators only.")
@Path("api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiClientsResource {

  /** A client as listed: never its secret. */
  public record ClientJson(
      long id, String clientId, String name, boolean enabled, String scopes, Instant createdAt) {

    static ClientJson of(ApiClient c) {
      return new ClientJson(
          c.getId(),
          c.getClientId(),
          c.getName(),
          c.isEnabled(),
          SmartScope.format(c.getScopes()),
          c.getCreatedAt());
    }
  }

  /** A new client; without scopes it gets the device gateway's. */
  public record NewClient(String clientId, String name, String scopes) {}

  /** The scopes to grant, space-separated. */
  public record Scopes(String scopes) {}

  @Inject ApiClientAdministration clients;

  @GET
  public List<ClientJson> list() {
    return clients.list().stream().map(ClientJson::of).toList();
  }

  @POST
  public Response issue(NewClient body) {
    if (body == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
    IssuedCredentials issued =
        clients.issue(
            body.clientId(),
            body.name(),
            body.scopes() == null ? SmartScope.GATEWAY_DEFAULT : body.scopes());
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  @PUT
  @Path("{id}/scopes")
  public ClientJson setScopes(@PathParam("id") long id, Scopes body) {
    if (body == null) {
      throw InvalidInputException.of("scopes", "error.apiclient.scopes", "name the scopes");
    }
    return ClientJson.of(clients.setScopes(id, body.scopes()));
  }
}

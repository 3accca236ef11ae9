package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is: lets a client check its credentials and see its tenant and roles. */
@Tag(
    name = "Me",
    description =
        "Chi è il chiamante: ASST e ruoli, per verificare le credenziali. — Who the caller is: tenant and roles, to check credentials.")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller as the API shows it. */
  public record Me(
      String name,
      String fullName,
      String tenant,
      String tenantName,
      List<String> roles,
      String specialty) {}

  @GET
  public Me get() {
    return new Me(
        CurrentUser.username(),
        CurrentUser.fullName(),
        CurrentUser.tenantCode(),
        CurrentUser.tenantName(),
        CurrentUser.roles().stream().map(Enum::name).sorted().toList(),
        CurrentUser.specialty() == null ? null : CurrentUser.specialty().name());
  }
}

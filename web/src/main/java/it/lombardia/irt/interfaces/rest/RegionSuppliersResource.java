package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.application.supplier.SupplierAdministration;
import it.lombardia.irt.application.supplier.SupplierForm;
import it.lombardia.irt.interfaces.rest.dto.SupplierJson;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Region's level-2 suppliers: their settings, responsibility rules, credential and webhook
 * signing key.
 */
@Tag(
    name = "Suppliers",
    description =
        "Fornitori di secondo livello della Regione: impostazioni, regole di competenza, credenziale e chiave di firma del webhook. — The Region's level-2 suppliers: settings, responsibility rules, credential and webhook signing key.")
@Path("region/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionSuppliersResource {

  @Inject SupplierAdministration suppliers;

  /** The credential, once: the supplier calls back with Basic or {@code Bearer <token>}. */
  public record Credential(String clientId, String secret, String bearerToken) {}

  @GET
  public List<SupplierJson> list() {
    return suppliers.list().stream().map(SupplierJson::of).toList();
  }

  @POST
  public Response create(SupplierForm body) {
    return Response.status(Response.Status.CREATED)
        .entity(SupplierJson.of(suppliers.create(required(body))))
        .build();
  }

  @PUT
  @Path("{code}")
  public SupplierJson update(@PathParam("code") String code, SupplierForm body) {
    return SupplierJson.of(suppliers.update(code, required(body)));
  }

  @POST
  @Path("{code}/credential")
  public Credential issueCredential(@PathParam("code") String code) {
    IssuedCredentials issued = suppliers.issueCredential(code);
    return new Credential(issued.clientId(), issued.secret(), issued.bearerToken());
  }

  /** The key of the webhook's {@code X-IRT-Signature}, once. */
  public record WebhookSecret(String webhookSecret) {}

  @POST
  @Path("{code}/webhook-secret")
  public WebhookSecret issueWebhookSecret(@PathParam("code") String code) {
    return new WebhookSecret(suppliers.issueWebhookSecret(code));
  }

  private static SupplierForm required(SupplierForm body) {
    if (body == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
    return body;
  }
}

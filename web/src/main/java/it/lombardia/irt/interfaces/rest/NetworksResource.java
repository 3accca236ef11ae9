package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.network.NetworkAdministration;
import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.network.NetworkSummary;
import it.lombardia.irt.domain.model.network.Eligibility;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.spi.content.NetworkDefinition;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinical networks: the catalog (Region administrators and curators see all, others their
 * ASST's), upload of a plug-in version (422 with the validation report when refused), enablement
 * per ASST.
 */
@Tag(
    name = "Clinical networks",
    description =
        "Reti cliniche: catalogo, caricamento di una versione del plug-in (422 con il rapporto di validazione), abilitazione per ASST. — Clinical networks: the catalogue, uploading a plug-in version (422 with the validation report), enablement per ASST.")
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
public class NetworksResource {

  @Inject NetworkCatalog catalog;
  @Inject NetworkAdministration administration;

  /**
   * Body of {@code PUT /api/networks/{id}/tenants/{code}}: the version to pin, or none to follow
   * the newest.
   */
  public record Enablement(String version) {}

  /** What an accepted upload answers. */
  public record Activated(
      long releaseId, String id, String version, String origin, String activatedBy) {}

  @GET
  public List<NetworkSummary> list() {
    return catalog.visible();
  }

  @GET
  @Path("{id}")
  public NetworkDefinition definition(
      @PathParam("id") String id, @QueryParam("version") String version) {
    return catalog.definition(id, version);
  }

  /**
   * Body of the eligibility check: the patient's facts, named as the protocol's criteria name them.
   */
  public record Facts(Map<String, String> facts) {}

  @POST
  @Path("{id}/conditions/{condition}/eligibility")
  @Consumes(MediaType.APPLICATION_JSON)
  public Eligibility.Result eligibility(
      @PathParam("id") String id, @PathParam("condition") String condition, Facts body) {
    return catalog.eligibility(id, condition, body == null ? Map.of() : body.facts());
  }

  @POST
  @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(byte[] jar) {
    NetworkRelease release = administration.upload(jar);
    return Response.status(Response.Status.CREATED)
        .entity(
            new Activated(
                release.getId(),
                release.getNetworkId(),
                release.getVersion(),
                release.getOrigin().name(),
                release.getActivatedBy()))
        .build();
  }

  @PUT
  @Path("{id}/tenants/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enable(
      @PathParam("id") String id, @PathParam("code") String code, Enablement body) {
    administration.enable(code, id, body == null ? null : body.version());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/tenants/{code}")
  public Response disable(@PathParam("id") String id, @PathParam("code") String code) {
    administration.disable(code, id);
    return Response.noContent().build();
  }
}

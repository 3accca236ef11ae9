package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.tenant.TenantAdministration;
import it.lombardia.irt.application.tenant.TenantForm;
import it.lombardia.irt.application.user.NewUserForm;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Region-level: the ASSTs. Region administrators only (others get 403). */
@Tag(
    name = "Tenants",
    description =
        "Le ASST, a livello regionale; solo amministratori della Regione. — The ASSTs, at Region level; Region administrators only.")
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

  @Inject TenantAdministration tenants;

  @GET
  public List<TenantJson> list() {
    return tenants.list().stream().map(TenantJson::of).toList();
  }

  @GET
  @Path("{code}")
  public TenantJson get(@PathParam("code") String code) {
    return TenantJson.of(tenants.get(code));
  }

  @POST
  public Response create(TenantForm form, @Context UriInfo uri) {
    TenantJson created = TenantJson.of(tenants.create(form));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{code}")
  public TenantJson update(@PathParam("code") String code, TenantForm form) {
    return TenantJson.of(tenants.update(code, form));
  }

  /** Creates the ASST's administrator (the body's roles are ignored: the role is TENANT_ADMIN). */
  @POST
  @Path("{code}/administrators")
  public Response createAdministrator(
      @PathParam("code") String code, NewUserForm form, @Context UriInfo uri) {
    UserJson created = UserJson.of(tenants.createAdministrator(code, form));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @POST
  @Path("{code}/deactivate")
  public TenantJson deactivate(@PathParam("code") String code) {
    return TenantJson.of(tenants.setActive(code, false));
  }

  @POST
  @Path("{code}/activate")
  public TenantJson activate(@PathParam("code") String code) {
    return TenantJson.of(tenants.setActive(code, true));
  }
}

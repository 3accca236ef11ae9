package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.user.NewUserForm;
import it.lombardia.irt.application.user.UserAdministration;
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

/** The users of the caller's ASST; tenant administrators only. Other tenants' users answer 404. */
@Tag(
    name = "Users",
    description =
        "Utenti dell'ASST del chiamante; solo amministratori dell'ASST. — The users of the caller's ASST; ASST administrators only.")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserAdministration users;

  @GET
  public List<UserJson> list() {
    return users.list().stream().map(UserJson::of).toList();
  }

  @GET
  @Path("{id}")
  public UserJson get(@PathParam("id") long id) {
    return UserJson.of(users.get(id));
  }

  @POST
  public Response create(NewUserForm form, @Context UriInfo uri) {
    UserJson created = UserJson.of(users.create(form));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}/roles")
  public UserJson assignRoles(@PathParam("id") long id, RoleAssignment body) {
    requireBody(body);
    return UserJson.of(users.assignRoles(id, body.roles(), body.specialty()));
  }

  @POST
  @Path("{id}/password")
  public UserJson resetPassword(@PathParam("id") long id, PasswordReset body) {
    requireBody(body);
    return UserJson.of(users.resetPassword(id, body.password()));
  }

  @POST
  @Path("{id}/disable")
  public UserJson disable(@PathParam("id") long id) {
    return UserJson.of(users.setEnabled(id, false));
  }

  @POST
  @Path("{id}/enable")
  public UserJson enable(@PathParam("id") long id) {
    return UserJson.of(users.setEnabled(id, true));
  }

  private static void requireBody(Object body) {
    if (body == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
  }
}

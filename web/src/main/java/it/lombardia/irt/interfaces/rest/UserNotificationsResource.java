package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.notification.ContactForm;
import it.lombardia.irt.application.notification.ContactSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A user's contacts and opt-ins as the tenant administrator sets them; another ASST's user answers
 * 404, as an id that does not exist.
 */
@Tag(
    name = "User notifications",
    description =
        "Contatti e consensi alle notifiche di un utente, impostati dall'amministratore dell'ASST. — A user's contacts and notification opt-ins, as the ASST's administrator sets them.")
@Path("users/{id}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserNotificationsResource {

  @Inject ContactSettings settings;

  @GET
  public ContactJson get(@PathParam("id") long id) {
    return ContactJson.of(settings.ofUser(id));
  }

  @PUT
  public ContactJson update(@PathParam("id") long id, ContactForm form) {
    return ContactJson.of(settings.update(id, form));
  }
}

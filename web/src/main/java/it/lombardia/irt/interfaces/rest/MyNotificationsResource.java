package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.notification.ContactForm;
import it.lombardia.irt.application.notification.ContactSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own contacts and the notifications outside the browser they asked for. */
@Tag(
    name = "My notifications",
    description =
        "I contatti del chiamante e le notifiche fuori dal browser che ha richiesto. — The caller's own contacts and the notifications outside the browser they asked for.")
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

  @Inject ContactSettings settings;

  @GET
  public ContactJson get() {
    return ContactJson.of(settings.mine());
  }

  @PUT
  public ContactJson update(ContactForm form) {
    return ContactJson.of(settings.updateMine(form));
  }
}

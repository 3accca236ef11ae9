package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.consent.ConsentTexts;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.interfaces.rest.dto.ConsentTextJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASST's consent forms and privacy notice: read the versions, publish a new one (admin). */
@Tag(
    name = "Consent texts",
    description =
        "Moduli di consenso e informativa privacy dell'ASST: versioni e pubblicazione di una nuova. — The ASST's consent forms and privacy notice: versions, and publishing a new one.")
@Path("consent-texts/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentTextsResource {

  @Inject ConsentTexts texts;

  /** Body of a new version. */
  public record NewText(String language, String body) {}

  @GET
  public List<ConsentTextJson> versions(
      @PathParam("kind") ConsentText.Kind kind, @QueryParam("language") String language) {
    return texts.versions(kind, language).stream().map(ConsentTextJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(@PathParam("kind") ConsentText.Kind kind, NewText body) {
    NewText t = body == null ? new NewText(null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(ConsentTextJson.of(texts.publish(kind, t.language(), t.body())))
        .build();
  }
}

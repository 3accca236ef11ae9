package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.helpdesk.CentreAdministration;
import it.lombardia.irt.application.helpdesk.CentreForm;
import it.lombardia.irt.interfaces.rest.dto.CentreJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Region's service centres: the ASSTs each serves, contacts, calendar and supervisor. */
@Tag(
    name = "Service centres",
    description =
        "Centri Servizi della Regione: le ASST servite, contatti, calendario e responsabile. — The Region's service centres: the ASSTs each serves, contacts, calendar and supervisor.")
@Path("region/service-centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionCentresResource {

  @Inject CentreAdministration centres;

  @GET
  public List<CentreJson> list() {
    return centres.list().stream().map(CentreJson::of).toList();
  }

  @GET
  @Path("{code}")
  public CentreJson get(@PathParam("code") String code) {
    return CentreJson.of(centres.get(code));
  }

  @PUT
  @Path("{code}")
  public CentreJson update(@PathParam("code") String code, CentreForm body) {
    if (body == null) {
      throw InvalidInputException.of("", "error.input.missing", "request body is missing");
    }
    return CentreJson.of(centres.update(code, body));
  }
}

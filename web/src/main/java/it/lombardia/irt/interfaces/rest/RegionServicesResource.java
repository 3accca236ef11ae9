package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.governance.ServiceRollout.ServiceState;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Region's phased roll-out: which services each ASST delivers, from which day. */
@Tag(name = RegionServicesResource.TAG, description = RegionServicesResource.ABOUT)
@Path("region/tenants/{code}/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionServicesResource {

  static final String TAG = "Service roll-out";
  static final String ABOUT =
      "Attivazione graduale dei servizi di telemedicina per ASST (prima televisita e"
          + " teleconsulto, poi telemonitoraggio), decisa dalla Regione. — The Region's phased"
          + " roll-out of the telemedicine services per ASST (televisit and teleconsult first, then"
          + " tele-monitoring).";

  @Inject ServiceRollout rollout;

  /** {@code from}: the first day the ASST delivers the service; or {@code enabled: false}. */
  public record ServiceForm(LocalDate from, Boolean enabled) {}

  @GET
  public List<ServiceState> list(@PathParam("code") String code) {
    return rollout.of(code);
  }

  @PUT
  @Path("{service}")
  public ServiceState set(
      @PathParam("code") String code, @PathParam("service") String service, ServiceForm form) {
    boolean disable = form != null && Boolean.FALSE.equals(form.enabled());
    if (!disable && (form == null || form.from() == null)) {
      throw InvalidInputException.of(
          "from",
          "error.rollout.from",
          "give the first day the ASST delivers the service, or enabled: false to disable it");
    }
    return rollout.set(code, service, disable ? null : form.from());
  }
}

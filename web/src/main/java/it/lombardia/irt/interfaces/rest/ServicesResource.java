package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.governance.ServiceRollout;
import it.lombardia.irt.application.governance.ServiceRollout.ServiceState;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own ASST's services as the Region rolled them out, for its administrator. */
@Tag(name = RegionServicesResource.TAG, description = RegionServicesResource.ABOUT)
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

  @Inject ServiceRollout rollout;

  @GET
  public List<ServiceState> ownTenant() {
    return rollout.own();
  }
}

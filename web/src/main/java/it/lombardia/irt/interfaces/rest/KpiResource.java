package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.governance.KpiFigures;
import it.lombardia.irt.application.governance.Kpis;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An ASST's adoption figures against its share of the Region's targets, for its administrator. */
@Tag(name = RegionKpiResource.TAG, description = RegionKpiResource.ABOUT)
@Path("kpi")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

  @Inject Kpis kpis;

  @GET
  public KpiFigures ownTenant() {
    return kpis.ofOwnTenant();
  }
}

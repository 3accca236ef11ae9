package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.governance.KpiFigures;
import it.lombardia.irt.application.governance.KpiScope;
import it.lombardia.irt.application.governance.Kpis;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The adoption figures of every ASST against the Region's targets, for the Region. */
@Tag(name = RegionKpiResource.TAG, description = RegionKpiResource.ABOUT)
@Path("region/kpi")
@Produces(MediaType.APPLICATION_JSON)
public class RegionKpiResource {

  static final String TAG = "Adoption figures";
  static final String ABOUT =
      "Arruolamento rispetto agli obiettivi della Regione (curva di adozione, reti cliniche, ASST) e"
          + " servizi erogati: tutte le ASST per la Regione, la propria per l'amministratore"
          + " dell'ASST. — Enrolment against the Region's targets (adoption curve, clinical"
          + " networks, ASSTs) and services delivered: every ASST for the Region, its own for an"
          + " ASST's administrator.";

  @Inject Kpis kpis;

  /** The whole Region, or the ASSTs of one ATS ({@code ats}), or one ASST ({@code tenant}). */
  @GET
  public KpiFigures regional(@QueryParam("ats") String ats, @QueryParam("tenant") String tenant) {
    return kpis.regional(KpiScope.parse(ats, tenant));
  }
}

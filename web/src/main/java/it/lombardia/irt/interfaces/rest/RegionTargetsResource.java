package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.governance.Targets;
import it.lombardia.irt.domain.model.governance.AdoptionCurve;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Region's targets: the adoption curve, each network's target, each ASST's weight. */
@Tag(
    name = "Targets",
    description =
        "Obiettivi della Regione: curva di adozione, obiettivo di ogni rete clinica e peso di ogni"
            + " ASST nella ripartizione; modificati dall'amministratore regionale con storico. —"
            + " The Region's targets: adoption curve, each clinical network's target and each ASST's"
            + " weight in the split; changed by the Region administrator, with history.")
@Path("region/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionTargetsResource {

  @Inject Targets targets;

  /** A point of the curve: {@code patients} enrolled by {@code date}. */
  public record PointForm(@NotNull LocalDate date, @NotNull @PositiveOrZero Long patients) {}

  public record CurveForm(@NotNull @Valid List<@NotNull @Valid PointForm> points) {}

  public record TargetForm(@NotNull @PositiveOrZero Long patients) {}

  public record WeightForm(@NotNull @PositiveOrZero Long weight) {}

  @GET
  public Targets.InForce current() {
    return targets.inForce();
  }

  @PUT
  @Path("curve")
  public Targets.InForce replaceCurve(@NotNull @Valid CurveForm form) {
    targets.replaceCurve(
        form.points().stream().map(p -> new AdoptionCurve.Point(p.date(), p.patients())).toList());
    return current();
  }

  @PUT
  @Path("networks/{id}")
  public Targets.InForce setNetworkTarget(
      @PathParam("id") String id, @NotNull @Valid TargetForm form) {
    targets.setNetworkTarget(id, form.patients());
    return current();
  }

  @PUT
  @Path("tenants/{code}")
  public Map<String, Long> setWeight(
      @PathParam("code") String code, @NotNull @Valid WeightForm form) {
    var w = targets.setWeight(code, form.weight());
    return Map.of(w.getTenantCode(), w.getWeight());
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.monitoring.ContinuousReadings;
import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The continuous series of a patient's record (CGM sensor days, overnight oximetries), each with
 * its summary: time below, in and above the target range, mean, minimum, maximum, GMI, ODI. The
 * points themselves are the FHIR Observation's {@code valueSampledData}.
 */
@Tag(
    name = "Continuous series",
    description =
        "Serie continue della cartella (sensori di glicemia, ossimetrie notturne) con il loro riassunto: tempo sotto, nel e sopra l'intervallo, media, minimo, massimo, GMI, ODI. — Continuous series of the record (glucose sensors, overnight oximetries) with their summary: time below, in and above range, mean, minimum, maximum, GMI, ODI.")
@Path("records/{id}/series")
@Produces(MediaType.APPLICATION_JSON)
public class ContinuousSeriesResource {

  @Inject ContinuousReadings continuous;
  @Inject Clock clock;

  /** The series that start within the days {@code from} to {@code to} (Italian time, included). */
  @GET
  public List<ContinuousReadings.View> series(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate first = ReportsResource.date("from", from);
    LocalDate last = ReportsResource.date("to", to);
    return continuous.of(
        id,
        first == null ? Instant.EPOCH : first.atStartOfDay(Italy.ZONE).toInstant(),
        last == null
            ? clock.instant().plusSeconds(86_400)
            : last.plusDays(1).atStartOfDay(Italy.ZONE).toInstant());
  }
}

package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.encounter.SatisfactionSurveys;
import it.lombardia.irt.application.record.HomeCareRecord;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASST's reports for its administration. */
@Tag(
    name = "Reports",
    description =
        "Rapporti dell'ASST per la sua direzione. — The ASST's reports for its management.")
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @Inject HomeCareRecord record;
  @Inject SatisfactionSurveys surveys;

  /** Minutes per professional and activity over a period (seed 003 §2.1.4). */
  @GET
  @Path("time-spent")
  public List<HomeCareRecord.TimeReportLine> timeSpent(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return record.timeReport(date("from", from), date("to", to));
  }

  /** Satisfaction questionnaires per service over a period (seed 000 §7). */
  @GET
  @Path("satisfaction")
  public List<SatisfactionSurveys.ServiceSatisfaction> satisfaction(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return surveys.report(date("from", from), date("to", to));
  }

  /** A query parameter as a date (yyyy-MM-dd), or null when absent. */
  static LocalDate date(String field, String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          field, "error.record.date", field + " must be a date, yyyy-MM-dd");
    }
  }
}

package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.spi.content.Label;
import java.time.LocalDate;
import java.util.List;

/**
 * The Region's view of the help desk: per service centre and per ASST, the open tickets, those
 * whose SLA is breached, the resolved ones and the share of those resolved within both targets; and
 * the requesters' average satisfaction (1 to 5) with their resolved tickets and how long the open
 * ones have waited; how many times devices of each type were found faulty (procurement), most
 * faults first; the categories most reported; the weekly trend; and the oldest open tickets, which
 * the Region may open as a summary.
 */
public record TicketFigures(
    List<Row> centres,
    List<Row> assts,
    List<DeviceFaultRow> deviceFaults,
    List<CategoryRow> categories,
    List<WeekRow> trend,
    List<TicketBrief> oldestOpen) {

  /** How many tickets of each category the figures cover, most reported lately first. */
  public record CategoryRow(TicketCategory category, int open, int lastThirtyDays, int total) {}

  /**
   * One week of the trend.
   *
   * @param weekStart its Monday
   * @param resolvedLate of the resolved, those resolved after an SLA target had passed
   */
  public record WeekRow(LocalDate weekStart, int opened, int resolved, int resolvedLate) {}

  /**
   * Faults found on the devices of one catalog type and vendor ({@code null}: not registered), in
   * every ASST.
   */
  public record DeviceFaultRow(
      String networkId, String typeId, Label typeName, String vendor, long faults) {}

  /**
   * @param centre the centre serving the ASST (a centre's own row repeats its code)
   * @param compliancePercent resolved within both SLA targets, of the resolved; {@code null} when
   *     none is resolved yet
   * @param satisfaction the average score (1 to 5, one decimal) of the tickets whose requester
   *     answered the closing question; {@code null} when none did
   * @param rated how many requesters answered it
   * @param backlog how long its open tickets have waited
   */
  public record Row(
      String code,
      String name,
      String centre,
      int open,
      int breached,
      int resolved,
      Double compliancePercent,
      Double satisfaction,
      int rated,
      BacklogAge backlog) {}
}

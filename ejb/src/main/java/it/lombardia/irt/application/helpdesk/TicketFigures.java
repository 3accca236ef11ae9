package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.spi.content.Label;
import java.util.List;

/**
 * The Region's view of the help desk: per service centre and per ASST, the open tickets, those
 * whose SLA is breached, the resolved ones and the share of those resolved within both targets; and
 * how many times devices of each type were found faulty (procurement), most faults first.
 */
public record TicketFigures(List<Row> centres, List<Row> assts, List<DeviceFaultRow> deviceFaults) {

  /** Faults found on the devices of one catalog type, in every ASST. */
  public record DeviceFaultRow(String networkId, String typeId, Label typeName, long faults) {}

  /**
   * @param centre the centre serving the ASST (a centre's own row repeats its code)
   * @param compliancePercent resolved within both SLA targets, of the resolved; {@code null} when
   *     none is resolved yet
   */
  public record Row(
      String code,
      String name,
      String centre,
      int open,
      int breached,
      int resolved,
      Double compliancePercent) {}
}

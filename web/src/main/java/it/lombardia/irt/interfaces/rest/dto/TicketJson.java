package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.helpdesk.PatientSupportCard;
import it.lombardia.irt.application.helpdesk.TicketDetails;
import it.lombardia.irt.application.supplier.EscalationView;
import it.lombardia.irt.domain.model.helpdesk.SlaClock;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketEntry;
import java.time.Instant;
import java.util.List;

/**
 * A help-desk ticket as the REST API shows it to one caller: with its SLA due times and clocks, the
 * timeline the caller may read (lists leave it empty), for the centre's operators the patient's
 * support data, and the supplier it is escalated to with its state and reference.
 */
public record TicketJson(
    Long id,
    String number,
    String asst,
    String asstName,
    String channel,
    String category,
    String priority,
    String state,
    String requesterKind,
    String requester,
    String requesterContact,
    String reportedBy,
    Long patientId,
    String deviceSerial,
    Long deviceId,
    Long replacementDeviceId,
    Long workstationId,
    String summary,
    String description,
    String assignee,
    Instant createdAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    Instant closedAt,
    Instant firstResponseDue,
    Instant resolutionDue,
    Clock firstResponse,
    Clock resolution,
    boolean breachingSoon,
    List<Entry> timeline,
    PatientSupportCard patient,
    EscalationView supplier) {

  /** An SLA clock: RUNNING, PAUSED, MET or BREACHED, in business minutes. */
  public record Clock(String phase, long targetMinutes, long elapsedMinutes, Instant due) {

    static Clock of(SlaClock c) {
      return new Clock(c.phase().name(), c.target().toMinutes(), c.elapsed().toMinutes(), c.due());
    }
  }

  /** A line of the timeline: a state entered, a public reply or an internal note. */
  public record Entry(
      String kind, String state, String text, String author, boolean byOperator, Instant at) {

    static Entry of(TicketEntry e) {
      return new Entry(
          e.getKind().name(),
          e.getState() == null ? null : e.getState().name(),
          e.getText(),
          e.getAuthor(),
          e.isByOperator(),
          e.getWrittenAt());
    }
  }

  public static TicketJson of(TicketDetails d) {
    Ticket t = d.ticket();
    return new TicketJson(
        t.getId(),
        t.getNumber(),
        t.getTenantCode(),
        d.asstName(),
        t.getChannel().name(),
        t.getCategory().name(),
        t.getPriority().name(),
        t.getState().name(),
        t.getRequesterKind().name(),
        t.getRequester(),
        t.getRequesterContact(),
        t.getReportedBy(),
        t.getPatientId(),
        t.getDeviceSerial(),
        t.getDeviceId(),
        t.getReplacementDeviceId(),
        t.getWorkstationId(),
        t.getSummary(),
        t.getDescription(),
        t.getAssignee(),
        t.getCreatedAt(),
        t.getFirstResponseAt(),
        t.getResolvedAt(),
        t.getClosedAt(),
        d.firstResponse().due(),
        d.resolution().due(),
        Clock.of(d.firstResponse()),
        Clock.of(d.resolution()),
        d.breachingSoon(),
        d.timeline().stream().map(Entry::of).toList(),
        d.patient(),
        d.escalation());
  }
}

package it.lombardia.irt.domain.model.helpdesk;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A help-desk ticket of an ASST (seed 000 §4.11): who asked, through which channel, about what, how
 * urgent, optionally for which patient and device; handled by an operator of the service centre
 * serving the ASST. The ticket guards its own state machine ({@link TicketState}); its timeline
 * ({@link TicketEntry}) records every move, which the SLA clocks are computed from.
 */
@Entity
@Table(name = "ticket")
@Audited
public class Ticket extends TenantOwnedEntity {

  /** Who asked for help. */
  public enum RequesterKind {
    STAFF,
    PATIENT,
    CAREGIVER,
    SITE
  }

  public static final int SUMMARY_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Unique within the ASST, e.g. {@code TK-2026-000042}. */
  @Column(nullable = false, updatable = false, length = 30)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private TicketChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketState state = TicketState.NEW;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_kind", nullable = false, updatable = false, length = 20)
  private RequesterKind requesterKind;

  /** The staff member's username, or the name a patient, caregiver or site gave. */
  @Column(name = "requester", nullable = false, updatable = false, length = 200)
  private String requester;

  /** A phone number or e-mail address to call back, if given. */
  @Column(name = "requester_contact", updatable = false, length = 200)
  private String requesterContact;

  /** Who wrote the ticket down (the requester, or the operator who took the call). */
  @Column(name = "reported_by", nullable = false, updatable = false, length = 80)
  private String reportedBy;

  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(name = "device_serial", updatable = false, length = 80)
  private String deviceSerial;

  /** The inventory's device the ticket is about, when known (device-at-home tickets). */
  @Column(name = "device_id")
  private Long deviceId;

  /** The workstation (Postazione di Lavoro) the ticket is about, once the centre links it. */
  @Column(name = "workstation_id")
  private Long workstationId;

  /** The stock device assigned to the patient in place of the faulty one. */
  @Column(name = "replacement_device_id")
  private Long replacementDeviceId;

  @Column(nullable = false, length = SUMMARY_MAX)
  private String summary;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  /** The operator handling it, from assignment on. */
  @Column(length = 80)
  private String assignee;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "first_response_at")
  private Instant firstResponseAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version @NotAudited private long version;

  protected Ticket() {}

  /** A new ticket; the caller has checked the text fields' presence and lengths. */
  public Ticket(
      String number,
      TicketChannel channel,
      TicketCategory category,
      Priority priority,
      RequesterKind requesterKind,
      String requester,
      String requesterContact,
      String reportedBy,
      String summary,
      String description,
      Instant createdAt) {
    this.number = number;
    this.channel = channel;
    this.category = category;
    this.priority = priority;
    this.requesterKind = requesterKind;
    this.requester = requester;
    this.requesterContact = requesterContact;
    this.reportedBy = reportedBy;
    this.summary = summary;
    this.description = description;
    this.createdAt = createdAt;
  }

  /** Links the patient and device the ticket is about (before it is stored). */
  public Ticket about(Long patientId, String deviceSerial) {
    this.patientId = patientId;
    this.deviceSerial = deviceSerial;
    return this;
  }

  /** Links the inventory's device the ticket is about (when reported, or once found faulty). */
  public Ticket aboutDevice(Long deviceId) {
    this.deviceId = deviceId;
    return this;
  }

  /** Links the workstation the ticket is about (a workstation ticket, while open). */
  public void aboutWorkstation(long workstationId) {
    require(
        category == TicketCategory.WORKSTATION && state.isOpen(),
        "error.ticket.workstation",
        "a workstation is linked to an open workstation ticket");
    this.workstationId = workstationId;
  }

  /**
   * Names the faulty device found for this device-at-home ticket (the one it named, if any) and the
   * stock device replacing it.
   */
  public void replaceDevice(long faultyDeviceId, long replacementId) {
    require(
        category == TicketCategory.DEVICE && state.isOpen(),
        "error.ticket.replacement",
        "a replacement is assigned on an open device-at-home ticket");
    require(
        replacementDeviceId == null,
        "error.ticket.replacement.twice",
        "this ticket already has a replacement device");
    this.deviceId = faultyDeviceId;
    this.replacementDeviceId = replacementId;
  }

  /** Hands the ticket to {@code operator}: from new, or from another operator (reassignment). */
  public void assign(String operator) {
    require(
        state.mayGoTo(TicketState.ASSIGNED),
        "error.ticket.state",
        "a ticket " + state + " cannot be assigned");
    require(
        operator != null && !operator.isBlank(),
        "error.ticket.assignee",
        "name the operator the ticket is assigned to");
    this.assignee = operator;
    this.state = TicketState.ASSIGNED;
  }

  /**
   * Moves the ticket to {@code to} at {@code now}. Assignment goes through {@link #assign};
   * resolved or closed → in progress is a reopening ({@link #reopen}).
   */
  public void moveTo(TicketState to, Instant now, Duration reopenWindow) {
    require(
        state.mayGoTo(to) && to != TicketState.ASSIGNED,
        "error.ticket.state",
        "a ticket " + state + " cannot go to " + to + "; next: " + state.next());
    if (!state.isOpen() && to == TicketState.IN_PROGRESS) {
      reopen(now, reopenWindow);
      return;
    }
    if (to == TicketState.RESOLVED) {
      resolvedAt = now;
    } else if (to == TicketState.CLOSED) {
      closedAt = now;
    }
    state = to;
  }

  /**
   * Opens a resolved or closed ticket again, within {@code window} of its resolution: a problem
   * that came back is the same ticket (its resolution clock restarts), a later one is a new ticket.
   */
  private void reopen(Instant now, Duration window) {
    require(
        resolvedAt != null && !now.isAfter(resolvedAt.plus(window)),
        "error.ticket.reopen",
        "a ticket can be reopened only within " + window.toDays() + " days of its resolution");
    resolvedAt = null;
    closedAt = null;
    state = TicketState.IN_PROGRESS;
  }

  /** The first public reply of an operator stops the first-response clock; later ones do not. */
  public void responded(Instant at) {
    if (firstResponseAt == null) {
      firstResponseAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public Priority getPriority() {
    return priority;
  }

  public TicketState getState() {
    return state;
  }

  public RequesterKind getRequesterKind() {
    return requesterKind;
  }

  public String getRequester() {
    return requester;
  }

  public String getRequesterContact() {
    return requesterContact;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getDeviceSerial() {
    return deviceSerial;
  }

  public Long getDeviceId() {
    return deviceId;
  }

  public Long getWorkstationId() {
    return workstationId;
  }

  public Long getReplacementDeviceId() {
    return replacementDeviceId;
  }

  public String getSummary() {
    return summary;
  }

  public String getDescription() {
    return description;
  }

  public String getAssignee() {
    return assignee;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFirstResponseAt() {
    return firstResponseAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}

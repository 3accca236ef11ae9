package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.device.DeviceTypeNames;
import it.lombardia.irt.application.helpdesk.DeviceCase;
import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.application.helpdesk.TicketDetails;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.helpdesk.CallOutcome;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.domain.model.helpdesk.TicketState;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.Labels;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * One ticket: its facts, its two SLA clocks, the linked patient's support data (operators), the
 * timeline, a reply or internal note, and the moves the caller may make.
 */
@Named
@ViewScoped
public class TicketPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketDesk desk;
  @Inject PublicAddress publicAddress;
  @Inject DeviceTypeNames typeNames;
  @Inject Labels labels;

  private Long id;
  private TicketDetails ticket;
  private DeviceCase deviceCase;
  private Long replacementId;
  private String reply;
  private boolean internal;
  private String escalationNote;
  private boolean callReached;
  private boolean callCauseFound;
  private boolean callFixed;
  private String callNote;

  public void load() {
    if (id != null) {
      PageActions.attempt(() -> ticket = desk.get(id), null);
      loadDeviceCase();
    }
  }

  /** The device fault panel's devices: operators, on device-at-home tickets. */
  private void loadDeviceCase() {
    deviceCase =
        ticket != null
                && ticket.byOperator()
                && ticket.ticket().getCategory() == TicketCategory.DEVICE
            ? desk.deviceCase(id)
            : null;
  }

  public void markFaulty() {
    if (PageActions.attempt(() -> ticket = desk.markDeviceFaulty(id), "tickets.fault.marked")) {
      loadDeviceCase();
    }
  }

  public void assignReplacement() {
    if (PageActions.attempt(
        () -> ticket = desk.assignReplacement(id, replacementId), "tickets.fault.assigned")) {
      replacementId = null;
      loadDeviceCase();
    }
  }

  /** Whether the ticket's device may be marked faulty now (open, at the patient's, not yet). */
  public boolean isFaultMarkable() {
    if (deviceCase == null || !ticket.ticket().getState().isOpen()) {
      return false;
    }
    Device device = deviceCase.device();
    return device == null
        ? ticket.ticket().getDeviceSerial() != null && ticket.ticket().getPatientId() != null
        : device.isAtPatient() && device.getStatus() != Device.Status.FAULTY;
  }

  /** A device as the operator reads it: type, serial number and status, e.g. "Bilancia n. X". */
  public String deviceLabel(Device device) {
    return labels.of(typeNames.name(device.getNetworkId(), device.getTypeId()))
        + " · "
        + FacesMessages.text("devices.serial")
        + " "
        + device.getSerialNumber()
        + " ("
        + FacesMessages.text("enum.Device.Status." + device.getStatus().name())
        + ")";
  }

  public void send() {
    if (PageActions.attempt(() -> ticket = desk.reply(id, reply, internal), "tickets.replied")) {
      reply = null;
      internal = false;
    }
  }

  public void moveTo(TicketState to) {
    PageActions.attempt(
        () -> ticket = desk.changeState(id, to.name(), null, null, publicAddress.base(request())),
        "tickets.moved");
  }

  /** Hands the ticket to the supplier responsible for it, with the operator's note. */
  public void escalate() {
    if (PageActions.attempt(
        () -> ticket = desk.escalate(id, escalationNote), "tickets.escalated")) {
      escalationNote = null;
    }
  }

  /** Records what the proactive call found (the care team reads it in the record). */
  public void recordCall() {
    if (PageActions.attempt(
        () ->
            ticket =
                desk.recordCallOutcome(
                    id, new CallOutcome(callReached, callCauseFound, callFixed, callNote)),
        "tickets.call.recorded")) {
      callReached = false;
      callCauseFound = false;
      callFixed = false;
      callNote = null;
    }
  }

  /** Whether the operator has a proactive call to make on this ticket. */
  public boolean isCallOpen() {
    return isOperator()
        && ticket.ticket().getChannel() == TicketChannel.PROACTIVE
        && ticket.ticket().getState().isOpen();
  }

  public boolean isCallReached() {
    return callReached;
  }

  public void setCallReached(boolean callReached) {
    this.callReached = callReached;
  }

  public boolean isCallCauseFound() {
    return callCauseFound;
  }

  public void setCallCauseFound(boolean callCauseFound) {
    this.callCauseFound = callCauseFound;
  }

  public boolean isCallFixed() {
    return callFixed;
  }

  public void setCallFixed(boolean callFixed) {
    this.callFixed = callFixed;
  }

  public String getCallNote() {
    return callNote;
  }

  public void setCallNote(String callNote) {
    this.callNote = callNote;
  }

  /** Whether the operator may escalate now: the ticket is in progress. */
  public boolean isEscalable() {
    return isOperator() && ticket.ticket().getState().mayGoTo(TicketState.WAITING_SUPPLIER);
  }

  /**
   * The moves offered: an operator's along the state machine (waiting for a supplier is an
   * escalation, {@link #escalate}); a requester's close or reopen.
   */
  public List<TicketState> getMoves() {
    if (ticket == null) {
      return List.of();
    }
    TicketState state = ticket.ticket().getState();
    if (ticket.byOperator()) {
      return state.next().stream().filter(to -> to != TicketState.WAITING_SUPPLIER).toList();
    }
    return state.next().stream()
        .filter(
            to ->
                (to == TicketState.CLOSED && state == TicketState.RESOLVED)
                    || (to == TicketState.IN_PROGRESS && !state.isOpen()))
        .toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The ticket itself, for the page's fields. */
  public Ticket getCurrent() {
    return ticket == null ? null : ticket.ticket();
  }

  /** The ticket as an action on another panel of the page left it. */
  public void show(TicketDetails details) {
    ticket = details;
  }

  public TicketDetails getTicket() {
    return ticket;
  }

  public DeviceCase getDeviceCase() {
    return deviceCase;
  }

  public Long getReplacementId() {
    return replacementId;
  }

  public void setReplacementId(Long replacementId) {
    this.replacementId = replacementId;
  }

  public boolean isOperator() {
    return ticket != null && ticket.byOperator();
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getEscalationNote() {
    return escalationNote;
  }

  public void setEscalationNote(String escalationNote) {
    this.escalationNote = escalationNote;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}

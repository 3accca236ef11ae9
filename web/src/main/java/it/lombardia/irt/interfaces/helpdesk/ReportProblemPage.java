package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.NewTicket;
import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.application.helpdesk.TicketDetails;
import it.lombardia.irt.application.helpdesk.TicketReach;
import it.lombardia.irt.domain.model.helpdesk.Priority;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.helpdesk.TicketChannel;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Segnala un problema": anyone in an ASST reports a problem to the help desk; an operator of the
 * centre also writes down a call or an e-mail, for one of the ASSTs the centre serves. Reached from
 * any page's header, it is pre-filled with that page (the reporter is the logged-in user).
 */
@Named
@ViewScoped
public class ReportProblemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An IRT view id, as the template passes it. */
  private static final Pattern VIEW = Pattern.compile("/[A-Za-z0-9/_-]{1,150}\\.xhtml");

  @Inject TicketDesk desk;

  private TicketReach.Centre centre;
  private String asst;
  private TicketChannel channel = TicketChannel.WEB;
  private TicketCategory category = TicketCategory.DEVICE;
  private Priority priority = Priority.P3;
  private String summary;
  private String description;
  private String deviceSerial;
  private Ticket.RequesterKind requesterKind = Ticket.RequesterKind.STAFF;
  private String requester;
  private String requesterContact;
  private String from;

  @PostConstruct
  void init() {
    PageActions.attempt(() -> centre = desk.centre().orElse(null), null);
  }

  /**
   * Pre-fills the report from the page it was opened from ({@code from}: a view of IRT, checked,
   * since it comes from the address): an application problem, on that page.
   */
  public void prefill() {
    if (from != null && description == null && VIEW.matcher(from).matches()) {
      category = TicketCategory.APPLICATION;
      description = FacesMessages.text("tickets.fromPage", from);
    }
  }

  /** Reports the ticket and opens its page. */
  public String report() {
    TicketDetails[] opened = new TicketDetails[1];
    boolean done =
        PageActions.attempt(
            () ->
                opened[0] =
                    desk.open(
                        new NewTicket(
                            asst,
                            channel,
                            category,
                            priority,
                            summary,
                            description,
                            null,
                            deviceSerial,
                            requesterKind,
                            requester,
                            requesterContact)),
            null);
    return done
        ? "/app/helpdesk/ticket?faces-redirect=true&id=" + opened[0].ticket().getId()
        : null;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public boolean isOperator() {
    return centre != null;
  }

  /** The ASSTs the operator's centre serves, code → name. */
  public Map<String, String> getAssts() {
    return centre == null ? Map.of() : centre.served();
  }

  public List<TicketChannel> getChannels() {
    return List.of(TicketChannel.values());
  }

  public List<TicketCategory> getCategories() {
    return List.of(TicketCategory.values());
  }

  public List<Priority> getPriorities() {
    return List.of(Priority.values());
  }

  public List<Ticket.RequesterKind> getRequesterKinds() {
    return List.of(Ticket.RequesterKind.values());
  }

  public String getAsst() {
    return asst;
  }

  public void setAsst(String asst) {
    this.asst = asst;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public void setChannel(TicketChannel channel) {
    this.channel = channel;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDeviceSerial() {
    return deviceSerial;
  }

  public void setDeviceSerial(String deviceSerial) {
    this.deviceSerial = deviceSerial;
  }

  public Ticket.RequesterKind getRequesterKind() {
    return requesterKind;
  }

  public void setRequesterKind(Ticket.RequesterKind requesterKind) {
    this.requesterKind = requesterKind;
  }

  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = requester;
  }

  public String getRequesterContact() {
    return requesterContact;
  }

  public void setRequesterContact(String requesterContact) {
    this.requesterContact = requesterContact;
  }
}

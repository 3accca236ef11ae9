package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.application.helpdesk.TicketReach;
import it.lombardia.irt.application.helpdesk.WorkstationForm;
import it.lombardia.irt.application.helpdesk.WorkstationView;
import it.lombardia.irt.application.helpdesk.Workstations;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The workstations (Postazioni di Lavoro) the caller keeps — a centre's operator those of every
 * ASST the centre serves, an ASST's administrator the ASST's — by site, with their state and open
 * tickets; one form records a new workstation or edits the one chosen.
 */
@Named
@ViewScoped
public class WorkstationInventoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Workstations workstations;
  @Inject TicketDesk desk;

  private transient List<WorkstationView> rows;
  private Map<String, String> assts = Map.of();
  private Long editingId;
  private String asst;
  private String code;
  private String site;
  private Workstation.SiteKind siteKind;
  private Workstation.State state;
  private String notes;

  @PostConstruct
  void init() {
    PageActions.attempt(
        () -> assts = desk.centre().map(TicketReach.Centre::served).orElse(Map.of()), null);
    clear();
  }

  public List<WorkstationView> getRows() {
    if (rows == null) {
      rows = List.of();
      PageActions.attempt(() -> rows = workstations.list(null, null), null);
    }
    return rows;
  }

  /** Loads a workstation into the form to edit it. */
  public void edit(WorkstationView row) {
    Workstation w = row.workstation();
    editingId = w.getId();
    asst = w.getTenantCode();
    code = w.getCode();
    site = w.getSite();
    siteKind = w.getSiteKind();
    state = w.getState();
    notes = w.getNotes();
  }

  public void save() {
    WorkstationForm form = new WorkstationForm(asst, code, site, siteKind, state, notes);
    boolean saved =
        editingId == null
            ? PageActions.attempt(() -> workstations.create(form), "workstations.created")
            : PageActions.attempt(
                () -> workstations.update(editingId, form), "workstations.updated");
    if (saved) {
      clear();
      rows = null;
    }
  }

  public void clear() {
    editingId = null;
    asst = assts.size() == 1 ? assts.keySet().iterator().next() : null;
    code = null;
    site = null;
    siteKind = null;
    state = null;
    notes = null;
  }

  /** The ASSTs the operator's centre serves (code → name); empty for an administrator. */
  public Map<String, String> getAssts() {
    return assts;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public List<Workstation.SiteKind> getSiteKinds() {
    return List.of(Workstation.SiteKind.values());
  }

  public List<Workstation.State> getStates() {
    return List.of(Workstation.State.values());
  }

  public String getAsst() {
    return asst;
  }

  public void setAsst(String asst) {
    this.asst = asst;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public Workstation.SiteKind getSiteKind() {
    return siteKind;
  }

  public void setSiteKind(Workstation.SiteKind siteKind) {
    this.siteKind = siteKind;
  }

  public Workstation.State getState() {
    return state;
  }

  public void setState(Workstation.State state) {
    this.state = state;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}

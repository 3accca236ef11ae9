package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The alarm inbox: the caller's alarms, most severe and oldest first. Acknowledging one (the action
 * taken) or closing it (the outcome) happens in a dialog opened from its row that names the
 * patient, the reading, the rule and the threshold, so that nobody acts on the wrong patient; the
 * result is shown in that dialog (a refusal) or in the row (done), where the user is looking.
 */
@Named
@ViewScoped
public class AlarmInboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Alarms alarms;

  private List<Alarms.InboxEntry> entries = List.of();
  private boolean team;
  private Long requested;
  private AlarmLevel level;
  private Alarm.State state;
  private String patient;
  private Long selectedId;
  private Long handledId;
  private String handledKey;
  private AlarmAction.Action action;
  private String note;
  private String outcome;

  @PostConstruct
  void init() {
    refresh();
  }

  /** Loads the inbox again: on request, after a change of scope, and when an alarm is pushed. */
  public void refresh() {
    PageActions.attempt(() -> entries = alarms.inbox(team), null);
  }

  /**
   * Opens the dialog of the alarm a link names ({@code ?alarm=}, from the home page's queue); an
   * alarm of the team's shows the team's alarms.
   */
  public void openRequested() {
    if (requested == null) {
      return;
    }
    if (!team && entries.stream().noneMatch(e -> e.alarm().getId().equals(requested))) {
      team = true;
      refresh();
    }
    if (entries.stream().anyMatch(e -> e.alarm().getId().equals(requested))) {
      select(requested);
    }
  }

  public Long getRequested() {
    return requested;
  }

  public void setRequested(Long requested) {
    this.requested = requested;
  }

  /** Opens the dialog of the alarm of a row. */
  public void select(long id) {
    selectedId = id;
    handledId = null;
    action = null;
    note = null;
    outcome = null;
  }

  public Alarms.InboxEntry getSelected() {
    return entries.stream()
        .filter(e -> e.alarm().getId().equals(selectedId))
        .findFirst()
        .orElse(null);
  }

  public void acknowledge() {
    handle(() -> alarms.acknowledge(selectedId, action, note), "alarms.acknowledged");
  }

  public void close() {
    handle(() -> alarms.close(selectedId, outcome), "alarms.closed");
  }

  /**
   * Done: the row shows the result and the dialog closes. Refused: the dialog stays open with the
   * reason (a failed validation keeps it open).
   */
  private void handle(Supplier<Alarm> step, String doneKey) {
    Long id = selectedId;
    Alarms.InboxEntry before = getSelected();
    Alarm[] after = new Alarm[1];
    // the row says it from the view's state: a pushed refresh of the table keeps it
    if (PageActions.attemptInline(() -> after[0] = step.get(), null)) {
      handledId = id;
      handledKey = doneKey;
      selectedId = null;
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
    int position = entries.indexOf(before);
    refresh();
    if (before != null
        && after[0] != null
        && entries.stream().noneMatch(e -> e.alarm().getId().equals(handledId))) {
      // a closed alarm leaves the inbox: its row stays, closed, until the next refresh
      List<Alarms.InboxEntry> shown = new ArrayList<>(entries);
      shown.add(
          Math.min(position, shown.size()),
          new Alarms.InboxEntry(after[0], before.patientName(), before.parameter()));
      entries = shown;
    }
  }

  public AlarmAction.Action[] getActions() {
    return AlarmAction.Action.values();
  }

  /** The alarms shown: those of the scope (mine or my team's) that the filters let through. */
  public List<Alarms.InboxEntry> getEntries() {
    String name = patient == null ? "" : patient.strip().toLowerCase(Locale.ROOT);
    return entries.stream()
        .filter(e -> level == null || e.alarm().getLevel() == level)
        .filter(e -> state == null || e.alarm().getState() == state)
        .filter(e -> e.patientName().toLowerCase(Locale.ROOT).contains(name))
        .toList();
  }

  public AlarmLevel[] getLevels() {
    return AlarmLevel.values();
  }

  /** The states an alarm of the inbox can be in (closed ones leave it). */
  public Alarm.State[] getStates() {
    return new Alarm.State[] {Alarm.State.OPEN, Alarm.State.ACKNOWLEDGED};
  }

  public boolean isTeam() {
    return team;
  }

  public void setTeam(boolean team) {
    this.team = team;
  }

  public AlarmLevel getLevel() {
    return level;
  }

  public void setLevel(AlarmLevel level) {
    this.level = level;
  }

  public Alarm.State getState() {
    return state;
  }

  public void setState(Alarm.State state) {
    this.state = state;
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  /** The alarm just acknowledged or closed, whose row shows the result. */
  public Long getHandledId() {
    return handledId;
  }

  /** The bundle key of what was done to the alarm of {@link #getHandledId()}. */
  public String getHandledKey() {
    return handledKey;
  }

  public boolean isOpen(Alarm alarm) {
    return alarm.getState() == Alarm.State.OPEN;
  }

  public AlarmAction.Action getAction() {
    return action;
  }

  public void setAction(AlarmAction.Action action) {
    this.action = action;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}

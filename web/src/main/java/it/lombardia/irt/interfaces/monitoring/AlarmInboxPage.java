package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.AlarmAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
  private Long selectedId;
  private Long handledId;
  private AlarmAction.Action action;
  private String note;
  private String outcome;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    PageActions.attempt(() -> entries = alarms.inbox(), null);
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
    if (PageActions.attemptInline(() -> after[0] = step.get(), doneKey)) {
      handledId = id;
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

  public List<Alarms.InboxEntry> getEntries() {
    return entries;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  /** The alarm just acknowledged or closed, whose row shows the result. */
  public Long getHandledId() {
    return handledId;
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

package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.monitoring.Alarms;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.AlarmAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The alarm inbox: the caller's alarms, most severe and oldest first; acknowledging one records the
 * action taken, closing it the outcome.
 */
@Named
@ViewScoped
public class AlarmInboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Alarms alarms;

  private List<Alarms.InboxEntry> entries = List.of();
  private Long selectedId;
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

  public void select(long id) {
    selectedId = id;
    action = null;
    note = null;
    outcome = null;
  }

  public Alarm getSelected() {
    return entries.stream()
        .map(Alarms.InboxEntry::alarm)
        .filter(a -> a.getId().equals(selectedId))
        .findFirst()
        .orElse(null);
  }

  public void acknowledge() {
    if (PageActions.attempt(
        () -> alarms.acknowledge(selectedId, action, note), "alarms.acknowledged")) {
      selectedId = null;
    }
    refresh();
  }

  public void close() {
    if (PageActions.attempt(() -> alarms.close(selectedId, outcome), "alarms.closed")) {
      selectedId = null;
    }
    refresh();
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

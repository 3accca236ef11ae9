package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.audit.AuditHistory;
import it.lombardia.irt.application.audit.AuditedType;
import it.lombardia.irt.application.audit.HistoryEntry;
import it.lombardia.irt.interfaces.admin.HistoryRow.FieldChange;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit history of one entity ({@code ?type=user&id=12}), for administrators: what changed in
 * each revision, in labels and names.
 */
@Named
@ViewScoped
public class EntityHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The field that names the entity in the page's title, per kind of entity. */
  private static final Map<String, String> SUBJECT =
      Map.of(
          "tenant", "name",
          "user", "fullName",
          "api-client", "name",
          "workstation", "code",
          "network-release", "version");

  @Inject AuditHistory history;
  @Inject HistoryFields fields;

  private String type;
  private String id;
  private String subject = "";
  private List<HistoryRow> rows = List.of();

  /** Runs as the view action, once the view parameters are set. */
  public void load() {
    try {
      AuditedType audited =
          AuditedType.bySlug(type).orElseThrow(() -> new NotFoundException("History", type));
      List<HistoryEntry> entries = history.of(audited, id);
      rows = rowsOf(entries);
      Map<String, String> latest = entries.get(entries.size() - 1).state();
      subject = FacesMessages.text("history.subject." + type, latest.get(SUBJECT.get(type)));
    } catch (NotFoundException | AccessDeniedException e) {
      rows = List.of();
      FacesMessages.error("history.notFound");
    }
  }

  private List<HistoryRow> rowsOf(List<HistoryEntry> entries) {
    List<HistoryRow> result = new ArrayList<>();
    Map<String, String> before = Map.of();
    for (HistoryEntry e : entries) {
      result.add(
          new HistoryRow(
              e.revision(),
              e.time(),
              e.userFullName(),
              e.tenantName(),
              e.clientAddress(),
              FacesMessages.text("history.change." + e.change()),
              changes(before, e)));
      before = e.state();
    }
    return result;
  }

  private List<FieldChange> changes(Map<String, String> before, HistoryEntry entry) {
    boolean created = "ADD".equals(entry.change());
    List<FieldChange> result = new ArrayList<>();
    if ("DEL".equals(entry.change())) {
      return result;
    }
    entry
        .state()
        .forEach(
            (field, value) -> {
              if (created) {
                result.add(new FieldChange(fields.label(field), null, fields.value(field, value)));
              } else if (!Objects.equals(before.get(field), value)) {
                result.add(
                    new FieldChange(
                        fields.label(field),
                        fields.value(field, before.get(field)),
                        fields.value(field, value)));
              }
            });
    return result;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** What the history is of, by name: "dell'utente Sara Colombo". */
  public String getSubject() {
    return subject;
  }

  public List<HistoryRow> getRows() {
    return rows;
  }
}

package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.audit.AuditHistory;
import it.lombardia.irt.application.audit.AuditedType;
import it.lombardia.irt.application.audit.HistoryEntry;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The audit history of one entity ({@code ?type=user&id=12}), for administrators. */
@Named
@ViewScoped
public class EntityHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditHistory history;

  private String type;
  private String id;
  private List<HistoryEntry> entries = List.of();

  /** Runs as the view action, once the view parameters are set. */
  public void load() {
    try {
      AuditedType audited =
          AuditedType.bySlug(type).orElseThrow(() -> new NotFoundException("History", type));
      entries = history.of(audited, id);
    } catch (NotFoundException | AccessDeniedException e) {
      entries = List.of();
      FacesMessages.error("history.notFound");
    }
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

  public List<HistoryEntry> getEntries() {
    return entries;
  }
}

package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.network.NetworkCatalog;
import it.lombardia.irt.application.network.NetworkSummary;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.Labels;
import it.lombardia.irt.interfaces.shell.People;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An audited entity's fields as an administrator reads them: the field's label rather than its key,
 * a role's or a kind's label rather than its code, a professional's name rather than the username.
 * The keys are those of {@code AuditedType}'s states; each means one thing in every entity.
 */
@RequestScoped
public class HistoryFields {

  static final String NONE = "—";

  @Inject People people;
  @Inject NetworkCatalog catalog;
  @Inject Labels labels;

  public String label(String field) {
    return FacesMessages.text("field." + field);
  }

  public String value(String field, String raw) {
    if (raw == null || raw.isBlank() || "null".equals(raw) || "{}".equals(raw)) {
      return NONE;
    }
    return switch (field) {
      case "active", "enabled" ->
          FacesMessages.text(Boolean.parseBoolean(raw) ? "common.yes" : "common.no");
      case "ats" -> Ats.valueOf(raw).officialName();
      case "roles" -> labelsOf(raw, "role.");
      case "specialty" -> FacesMessages.text("specialty." + raw);
      case "siteKind" -> FacesMessages.text("enum.Workstation.SiteKind." + raw);
      case "state" -> FacesMessages.text("enum.Workstation.State." + raw);
      case "origin" -> FacesMessages.text("history.origin." + raw);
      case "activatedBy" -> people.name(raw);
      case "network" -> networkName(raw);
      case "settings" -> raw.substring(1, raw.length() - 1).replace("=", " = ");
      default -> raw;
    };
  }

  /** "[NURSE, PHYSICIAN]" as "Infermiere, Medico". */
  private static String labelsOf(String list, String prefix) {
    String items = list.substring(1, list.length() - 1);
    return items.isBlank()
        ? NONE
        : Arrays.stream(items.split(", "))
            .map(item -> FacesMessages.text(prefix + item))
            .collect(Collectors.joining(", "));
  }

  private String networkName(String id) {
    return catalog.visible().stream()
        .filter(n -> n.id().equals(id))
        .map(NetworkSummary::name)
        .map(labels::of)
        .findFirst()
        .orElse(id);
  }
}

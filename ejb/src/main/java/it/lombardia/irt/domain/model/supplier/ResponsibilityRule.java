package it.lombardia.irt.domain.model.supplier;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One rule of a supplier's responsibility: the tickets of a category, of a device type, of a
 * vendor's devices, or a combination (every condition named must hold). The more a rule names, the
 * more specific it is: a vendor outweighs a device type, which outweighs a category, so that the
 * vendor of a scale takes its scales' tickets from the generic device-maintenance contract.
 *
 * <p>Stored as text, one rule per {@code ;}: {@code
 * category=DEVICE,type=connected-scale,vendor=ACME}.
 */
public record ResponsibilityRule(TicketCategory category, String deviceType, String vendor) {

  public ResponsibilityRule {
    deviceType = blankToNull(deviceType);
    vendor = blankToNull(vendor);
    require(
        category != null || deviceType != null || vendor != null,
        "error.supplier.rule.empty",
        "a rule names a category, a device type or a vendor");
    require(
        valid(deviceType) && valid(vendor),
        "error.supplier.rule.text",
        "device types and vendors have at most 80 characters, without ',', ';' or '='");
  }

  public boolean matches(TicketFacts ticket) {
    return (category == null || category == ticket.category())
        && (deviceType == null || deviceType.equals(ticket.deviceType()))
        && (vendor == null || vendor.equalsIgnoreCase(ticket.vendor()));
  }

  /** Vendor 4, device type 2, category 1, summed: no two different kinds of rule tie. */
  public int specificity() {
    return (vendor == null ? 0 : 4) + (deviceType == null ? 0 : 2) + (category == null ? 0 : 1);
  }

  /** Whether both rules name the same tickets (two suppliers may not hold such rules). */
  public boolean sameAs(ResponsibilityRule other) {
    return category == other.category
        && Objects.equals(deviceType, other.deviceType)
        && (vendor == null ? other.vendor == null : vendor.equalsIgnoreCase(other.vendor));
  }

  public static String format(List<ResponsibilityRule> rules) {
    return rules.stream().map(ResponsibilityRule::text).collect(Collectors.joining(";"));
  }

  public static List<ResponsibilityRule> parseAll(String text) {
    List<ResponsibilityRule> rules = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return rules;
    }
    for (String rule : text.split(";")) {
      TicketCategory category = null;
      String type = null;
      String vendor = null;
      for (String condition : rule.split(",")) {
        String[] kv = condition.split("=", 2);
        String value = kv.length == 2 ? kv[1].trim() : "";
        switch (kv[0].trim()) {
          case "category" -> category = TicketCategory.valueOf(value);
          case "type" -> type = value;
          case "vendor" -> vendor = value;
          default -> throw new IllegalArgumentException("unknown condition in rule '" + rule + "'");
        }
      }
      rules.add(new ResponsibilityRule(category, type, vendor));
    }
    return rules;
  }

  private String text() {
    List<String> parts = new ArrayList<>();
    if (category != null) {
      parts.add("category=" + category.name());
    }
    if (deviceType != null) {
      parts.add("type=" + deviceType);
    }
    if (vendor != null) {
      parts.add("vendor=" + vendor);
    }
    return String.join(",", parts);
  }

  private static boolean valid(String value) {
    return value == null
        || (value.length() <= 80 && value.chars().noneMatch(c -> c == ',' || c == ';' || c == '='));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Override
  public String toString() {
    return text();
  }
}

package it.lombardia.irt.domain.model.apiclient;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One SMART on FHIR v2 system scope an ASST grants a machine client, e.g. {@code
 * system/Observation.c} (create readings) or {@code system/Patient.rs} (read and search patients):
 * a resource type, or {@code *}, and the interactions in the order {@code c r u d s}. A machine
 * gets scopes, never a person's roles.
 */
public record SmartScope(String resource, String permissions) implements Serializable {

  /** A device gateway: readings and questionnaire answers in, patients and devices looked up. */
  public static final String GATEWAY_DEFAULT =
      "system/Observation.c system/QuestionnaireResponse.c system/Patient.rs system/Device.rs";

  /** The resource types IRT serves to machine clients; a scope names one of them or all. */
  public static final Set<String> RESOURCES =
      Set.of(
          "Observation", "QuestionnaireResponse", "Patient", "Device", "CarePlan", "Questionnaire");

  private static final Pattern SYNTAX = Pattern.compile("system/([A-Za-z]+|\\*)\\.(c?r?u?d?s?)");

  public SmartScope {
    if (!resource.equals("*") && !RESOURCES.contains(resource)) {
      throw new IllegalArgumentException("unknown resource type " + resource);
    }
    if (permissions.isEmpty()) {
      throw new IllegalArgumentException("a scope grants at least one of c, r, u, d, s");
    }
  }

  /** Parses one scope; refuses anything but SMART v2 system scopes of IRT's resource types. */
  public static SmartScope parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a SMART v2 system scope such as system/Observation.c");
    }
    return new SmartScope(m.group(1), m.group(2));
  }

  /** Parses a space-separated list, as OAuth writes scopes. */
  public static List<SmartScope> parseAll(String text) {
    return Arrays.stream(text.trim().split("\\s+"))
        .filter(s -> !s.isEmpty())
        .map(SmartScope::parse)
        .toList();
  }

  /** The scopes written back as a space-separated list, without repeats. */
  public static String format(List<SmartScope> scopes) {
    return scopes.stream()
        .map(SmartScope::toString)
        .collect(Collectors.toCollection(LinkedHashSet::new))
        .stream()
        .collect(Collectors.joining(" "));
  }

  /**
   * Whether this scope lets its client do {@code interaction} (c, r, u, d or s) on {@code type}.
   */
  public boolean permits(String type, char interaction) {
    return (resource.equals("*") || resource.equals(type)) && permissions.indexOf(interaction) >= 0;
  }

  @Override
  public String toString() {
    return "system/" + resource + "." + permissions;
  }
}

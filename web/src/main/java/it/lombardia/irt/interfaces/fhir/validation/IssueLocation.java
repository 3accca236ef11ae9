package it.lombardia.irt.interfaces.fhir.validation;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The element a validator's message is about, as IRT names elements in its OperationOutcomes
 * ({@code Bundle.entry[3].resource.valueQuantity}). The validator locates a missing element at its
 * parent and names it in the text ("Observation.component: minimum required = 2…", "Slice
 * 'Observation.category:VSCat'…"): the element named is the better answer.
 */
final class IssueLocation {

  private static final Pattern NAMED = Pattern.compile("^(?:Slice ')?([A-Z][A-Za-z]+(?:\\.\\w+)+)");
  private static final Pattern TYPED = Pattern.compile("\\.(\\w+)\\.ofType\\((\\w)(\\w*)\\)");

  private IssueLocation() {}

  /**
   * The element of {@code message} within a resource of {@code type} that the request holds at
   * {@code field}.
   */
  static String of(SingleValidationMessage message, String type, String field) {
    String location = message.getLocationString() == null ? "" : message.getLocationString();
    Matcher named = NAMED.matcher(message.getMessage() == null ? "" : message.getMessage());
    if (named.find() && named.group(1).startsWith(location + ".")) {
      location = named.group(1);
    }
    if (!location.equals(type) && !location.startsWith(type + ".")) {
      return field;
    }
    Matcher typed = TYPED.matcher(location.substring(type.length()));
    StringBuilder element = new StringBuilder(field);
    while (typed.find()) {
      typed.appendReplacement(
          element, "." + typed.group(1) + typed.group(2).toUpperCase() + typed.group(3));
    }
    typed.appendTail(element);
    return element.toString();
  }
}

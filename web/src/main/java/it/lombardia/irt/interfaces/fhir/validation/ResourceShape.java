package it.lombardia.irt.interfaces.fhir.validation;

import java.util.Map;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * The shape of a resource: everything the instance validator's outcome can depend on. It is the
 * resource itself — every element, its type and its value, codes, systems and units included —
 * except that the values of a few elements that vary from one reading to the next (the measured
 * quantity, the times, the identifiers and the patient's and device's ids) are replaced by their
 * lexical pattern when they match FHIR's own pattern for their type: digits become {@code 0},
 * letters of an identifier or id {@code x}, everything else — length, sign, decimal point, time
 * zone — stays. Neither base R4 nor the HL7 vital-signs profiles constrain those values beyond
 * their lexical form (no minimum, maximum, length or invariant on them), so two resources of one
 * shape get the same outcome. A resource declaring a profile outside that family keeps all its
 * values.
 */
final class ResourceShape {

  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]"
              + "|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]"
              + "|1[0-3]):[0-5][0-9]|14:00)))?)?)?");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:/_-]{0,127}");
  private static final Pattern RELATIVE_REFERENCE =
      Pattern.compile("(Patient|Device)/[A-Za-z0-9.-]{1,64}");

  private enum Kind {
    NUMBER,
    TIME,
    TOKEN,
    REFERENCE
  }

  /** Where a value is replaced by its pattern, by element path (choice elements as {@code [x]}). */
  private static final Map<String, Kind> VARIABLE =
      Map.ofEntries(
          Map.entry("Observation.identifier.value", Kind.TOKEN),
          Map.entry("Observation.subject.reference", Kind.REFERENCE),
          Map.entry("Observation.subject.identifier.value", Kind.TOKEN),
          Map.entry("Observation.device.reference", Kind.REFERENCE),
          Map.entry("Observation.device.identifier.value", Kind.TOKEN),
          Map.entry("Observation.effective[x]", Kind.TIME),
          Map.entry("Observation.issued", Kind.TIME),
          Map.entry("Observation.value[x].value", Kind.NUMBER),
          Map.entry("Observation.component.value[x].value", Kind.NUMBER),
          Map.entry("QuestionnaireResponse.identifier.value", Kind.TOKEN),
          Map.entry("QuestionnaireResponse.subject.reference", Kind.REFERENCE),
          Map.entry("QuestionnaireResponse.subject.identifier.value", Kind.TOKEN),
          Map.entry("QuestionnaireResponse.authored", Kind.TIME));

  /** A questionnaire's answer, at any depth of groups: numbers and times are values too. */
  private static final Pattern ANSWER =
      Pattern.compile("QuestionnaireResponse(\\.item|\\.answer\\.item)+\\.answer\\.value\\[x]");

  private ResourceShape() {}

  static String of(Resource resource) {
    boolean patterns =
        ApplicableProfiles.VITAL_SIGNS_FAMILY.containsAll(ApplicableProfiles.declared(resource));
    StringBuilder key = new StringBuilder(1024);
    append(key, new StringBuilder(resource.fhirType()), resource, patterns);
    return key.toString();
  }

  /**
   * Appends the element and returns whether it has content: an element without any is taken back by
   * its parent, which is what {@code isEmpty()} would say without walking each subtree twice.
   */
  private static boolean append(
      StringBuilder key, StringBuilder path, Base element, boolean patterns) {
    key.append(element.fhirType());
    boolean content = false;
    if (element instanceof PrimitiveType<?> primitive && primitive.hasValue()) {
      String value = primitive.getValueAsString();
      content = !value.isBlank();
      String pattern = patterns ? pattern(path.toString(), primitive.fhirType(), value) : null;
      // A pattern and a value are told apart by their mark, and a value by its length, so that
      // no text inside a value can pass for the structure around it.
      if (pattern != null) {
        key.append('~').append(pattern);
      } else {
        key.append('=').append(value.length()).append(':').append(value);
      }
    }
    key.append('{');
    int parent = path.length();
    for (Property child : element.children()) {
      for (Base value : child.getValues()) {
        if (value != null) {
          int before = key.length();
          key.append(child.getName()).append(':');
          if (append(key, path.append('.').append(child.getName()), value, patterns)) {
            key.append(';');
            content = true;
          } else {
            key.setLength(before);
          }
          path.setLength(parent);
        }
      }
    }
    key.append('}');
    return content;
  }

  /** The value's pattern, or null where the value itself must stay in the shape. */
  private static String pattern(String path, String type, String value) {
    Kind kind = VARIABLE.get(path);
    if (kind == null
        && path.startsWith("QuestionnaireResponse.")
        && ANSWER.matcher(path).matches()) {
      kind = type.equals("decimal") || type.equals("integer") ? Kind.NUMBER : Kind.TIME;
    }
    if (kind == null) {
      return null;
    }
    boolean matches =
        switch (kind) {
          case NUMBER ->
              type.equals("decimal")
                  ? DECIMAL.matcher(value).matches()
                  : type.equals("integer") && INTEGER.matcher(value).matches();
          case TIME ->
              (type.equals("dateTime") || type.equals("instant") || type.equals("date"))
                  && DATE_TIME.matcher(value).matches();
          case TOKEN -> TOKEN.matcher(value).matches();
          case REFERENCE -> RELATIVE_REFERENCE.matcher(value).matches();
        };
    if (!matches) {
      return null;
    }
    int from = kind == Kind.REFERENCE ? value.indexOf('/') + 1 : 0;
    char letter = kind == Kind.NUMBER || kind == Kind.TIME ? 0 : 'x';
    char[] chars = value.toCharArray();
    for (int i = from; i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = letter == 0 ? '0' : letter;
      } else if (letter != 0 && Character.isLetter(chars[i])) {
        chars[i] = letter;
      }
    }
    return new String(chars);
  }
}

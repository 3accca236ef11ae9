package it.lombardia.irt.interfaces.rest;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a request the server could not read (malformed JSON, a value of the wrong
 * type, a bad parameter), said by position, field or parameter: the parser's own messages name the
 * server's classes and libraries, which a caller need not learn.
 */
final class UnreadableRequest {

  private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");
  private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,80})'");
  private static final Pattern PARAMETER = Pattern.compile("Param\\(\"([^\"]{1,80})\"\\)");

  /** JSON-B names no property for an unknown enum constant, only the enum's class and the value. */
  private static final Pattern CONSTANT =
      Pattern.compile("No enum constant [\\w.$]+\\.([^.\\s]{1,80})$");

  private UnreadableRequest() {}

  static String describe(Throwable e) {
    String field = null;
    String parameter = null;
    String constant = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonParsingException p && p.getLocation() != null) {
        JsonLocation at = p.getLocation();
        return at(at.getLineNumber(), at.getColumnNumber());
      }
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher position = POSITION.matcher(message);
      if (position.find()) {
        return at(Long.parseLong(position.group(1)), Long.parseLong(position.group(2)));
      }
      field = field != null ? field : group(PROPERTY, message);
      parameter = parameter != null ? parameter : group(PARAMETER, message);
      constant = constant != null ? constant : group(CONSTANT, message);
    }
    if (field != null) {
      return "Malformed request: invalid value for the field '" + field + "'";
    }
    if (parameter != null) {
      return "Malformed request: invalid value for the parameter '" + parameter + "'";
    }
    if (constant != null) {
      return "Malformed request: '" + constant + "' is not one of the values this field accepts";
    }
    return "Malformed request: the body is not the JSON this operation expects";
  }

  private static String at(long line, long column) {
    return "Malformed request: invalid JSON at line " + line + ", column " + column;
  }

  private static String group(Pattern pattern, String message) {
    Matcher m = pattern.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}

package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The criteria of a conditional create ({@code If-None-Exist}, as {@code [Type?]name=value&…}):
 * each parameter once, only those the resource type supports (anything else is a 400, never
 * ignored: an ignored criterion would match too much).
 */
record IfNoneExist(Map<String, String> criteria) {

  /** The criteria of {@code header}, or null without one. */
  static IfNoneExist parse(String header, Set<String> supported) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String query = header.substring(header.indexOf('?') + 1);
    Map<String, String> criteria = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          eq < 0 ? pair : URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!supported.contains(name)) {
        throw new InvalidRequestException(
            "If-None-Exist may use only " + supported + ", not '" + name + "'");
      }
      if (value.isBlank() || criteria.put(name, value) != null) {
        throw new InvalidRequestException("If-None-Exist: '" + name + "' needs one value");
      }
    }
    return new IfNoneExist(criteria);
  }

  /** The {@code identifier} criterion as {@code system|value} (both required). */
  Identifier identifier() {
    String token = criteria.get("identifier");
    int bar = token == null ? -1 : token.indexOf('|');
    if (bar < 1 || bar == token.length() - 1) {
      throw new InvalidRequestException("If-None-Exist: identifier must be system|value");
    }
    return new Identifier().setSystem(token.substring(0, bar)).setValue(token.substring(bar + 1));
  }

  /**
   * Whether the criteria are exactly one of the resource's own identifiers: then the identifier
   * idempotency of the create is the match, within what the sender may serve.
   */
  boolean isOneOf(List<Identifier> own) {
    if (criteria.size() != 1 || !criteria.containsKey("identifier")) {
      return false;
    }
    Identifier wanted = identifier();
    return own.stream()
        .anyMatch(
            i ->
                wanted.getSystem().equals(i.getSystem()) && wanted.getValue().equals(i.getValue()));
  }

  /** 412: the criteria are not selective enough to tell which resource the client means. */
  PreconditionFailedException severalMatch(int count) {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(IssueType.MULTIPLEMATCHES)
        .setDiagnostics(count + " resources match If-None-Exist " + criteria);
    return new PreconditionFailedException(
        count + " resources match If-None-Exist " + criteria, outcome);
  }
}

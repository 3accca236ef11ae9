package it.lombardia.irt.application.monitoring;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The code criteria of an Observation search, as FHIR R4 defines them, on the readings {@code m}
 * stored from it: {@code code} is the resource's own code (a panel's, such as blood pressure
 * 85354-9, or the code of a reading on its own), {@code component-code} a component's, {@code
 * combo-code} either. Each is a list of alternatives, null for no criterion (an empty list matches
 * nothing); together they must all hold. A reading matches a code it is stored under or any other
 * code it was sent with ({@link it.lombardia.irt.domain.model.monitoring.Measurement#sentAs}).
 */
public record ObservationCodes(
    Collection<String> codes, Collection<String> componentCodes, Collection<String> comboCodes) {

  public static final ObservationCodes ANY = new ObservationCodes(null, null, null);

  public ObservationCodes {
    codes = codes == null ? null : List.copyOf(codes);
    componentCodes = componentCodes == null ? null : List.copyOf(componentCodes);
    comboCodes = comboCodes == null ? null : List.copyOf(comboCodes);
  }

  /** Only {@code code} (null: any). */
  public static ObservationCodes code(String code) {
    return new ObservationCodes(code == null ? null : List.of(code), null, null);
  }

  /** Whether no reading can meet the criteria (a criterion without alternatives). */
  public boolean matchNothing() {
    return Stream.of(codes, componentCodes, comboCodes).anyMatch(c -> c != null && c.isEmpty());
  }

  /** The JPQL condition on {@code m}, starting with " and", or "" for no criterion. */
  String condition() {
    StringBuilder c = new StringBuilder();
    if (codes != null) {
      c.append(" and (m.panelCode in :code or (m.panelCode is null and ")
          .append(readingCoded("code", codes))
          .append("))");
    }
    if (componentCodes != null) {
      c.append(" and m.panelCode is not null and ")
          .append(readingCoded("componentCode", componentCodes));
    }
    if (comboCodes != null) {
      c.append(" and (m.panelCode in :comboCode or ")
          .append(readingCoded("comboCode", comboCodes))
          .append(")");
    }
    return c.toString();
  }

  /** The reading itself is coded as one of {@code alternatives}, bound to {@code name}. */
  private static String readingCoded(String name, Collection<String> alternatives) {
    StringBuilder c = new StringBuilder("(m.code in :").append(name);
    for (int i = 0; i < alternatives.size(); i++) {
      c.append(" or m.sentCodes like :").append(name).append(i);
    }
    return c.append(")").toString();
  }

  private static void bindSent(Query query, String name, Collection<String> alternatives) {
    int i = 0;
    for (String code : alternatives) {
      query.setParameter(name + i++, "% " + code + " %");
    }
  }

  <Q extends Query> Q bind(Q query) {
    if (codes != null) {
      query.setParameter("code", codes);
      bindSent(query, "code", codes);
    }
    if (componentCodes != null) {
      query.setParameter("componentCode", componentCodes);
      bindSent(query, "componentCode", componentCodes);
    }
    if (comboCodes != null) {
      query.setParameter("comboCode", comboCodes);
      bindSent(query, "comboCode", comboCodes);
    }
    return query;
  }
}

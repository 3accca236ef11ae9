package it.lombardia.irt.application.monitoring;

import jakarta.persistence.TypedQuery;

/**
 * The code criteria of an Observation search, as FHIR R4 defines them, on the readings {@code m}
 * stored from it: {@code code} is the resource's own code (a panel's, such as blood pressure
 * 85354-9, or the code of a reading on its own), {@code component-code} a component's, {@code
 * combo-code} either. Each is optional; together they must all hold.
 */
public record ObservationCodes(String code, String componentCode, String comboCode) {

  public static final ObservationCodes ANY = new ObservationCodes(null, null, null);

  /** Only {@code code} (null: any). */
  public static ObservationCodes code(String code) {
    return new ObservationCodes(code, null, null);
  }

  /** The JPQL condition on {@code m}, starting with " and", or "" for no criterion. */
  String condition() {
    StringBuilder c = new StringBuilder();
    if (code != null) {
      c.append(" and (m.panelCode = :code or (m.panelCode is null and m.code = :code))");
    }
    if (componentCode != null) {
      c.append(" and m.panelCode is not null and m.code = :componentCode");
    }
    if (comboCode != null) {
      c.append(" and (m.panelCode = :comboCode or m.code = :comboCode)");
    }
    return c.toString();
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    if (code != null) {
      query.setParameter("code", code);
    }
    if (componentCode != null) {
      query.setParameter("componentCode", componentCode);
    }
    if (comboCode != null) {
      query.setParameter("comboCode", comboCode);
    }
    return query;
  }
}

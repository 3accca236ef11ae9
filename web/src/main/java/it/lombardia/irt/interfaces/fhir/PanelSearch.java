package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.param.TokenParam;
import it.lombardia.irt.application.monitoring.ObservationCodes;

/**
 * The code parameters of an Observation search as R4 defines them: {@code code} the resource's own
 * code (a panel's, e.g. blood pressure 85354-9), {@code component-code} a component's (systolic
 * 8480-6), {@code combo-code} either.
 */
final class PanelSearch {

  private PanelSearch() {}

  static ObservationCodes codes(TokenParam code, TokenParam componentCode, TokenParam comboCode) {
    return new ObservationCodes(value(code), value(componentCode), value(comboCode));
  }

  private static String value(TokenParam token) {
    return token == null ? null : token.getValue();
  }
}

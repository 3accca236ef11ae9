package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import it.lombardia.irt.application.monitoring.ObservationCodes;
import org.hl7.fhir.r4.model.Observation;

/**
 * The code parameters of an Observation search as R4 defines them: {@code code} the resource's own
 * code (a panel's, e.g. blood pressure 85354-9), {@code component-code} a component's (systolic
 * 8480-6), {@code combo-code} either; each a token list whose system, when given, must be the
 * code's own (LOINC, or MDC for device codes).
 */
final class PanelSearch {

  private PanelSearch() {}

  static ObservationCodes codes(
      TokenOrListParam code, TokenOrListParam componentCode, TokenOrListParam comboCode) {
    return new ObservationCodes(
        SearchCriteria.tokens(Observation.SP_CODE, code, ObservationMapping::codeSystem),
        SearchCriteria.tokens(
            Observation.SP_COMPONENT_CODE, componentCode, ObservationMapping::codeSystem),
        SearchCriteria.tokens(
            Observation.SP_COMBO_CODE, comboCode, ObservationMapping::codeSystem));
  }
}

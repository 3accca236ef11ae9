package it.lombardia.irt.interfaces.fhir.validation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * The profiles a resource is validated against besides base R4 and those it declares in {@code
 * meta.profile} (which the validator applies by itself): for an Observation coded (by any coding)
 * with a LOINC vital sign, the HL7 R4 vital-signs profile of that code, part of the R4 core
 * package. A continuous series ({@code valueSampledData}: overnight oximetry) is not held to them:
 * R4's vital-signs profiles describe a single measurement as a {@code valueQuantity} (FHIR R5 lets
 * them carry sampled data), so a series is checked against base R4 and the profiles it declares.
 */
final class ApplicableProfiles {

  private static final String BASE = "http://hl7.org/fhir/StructureDefinition/";
  private static final String LOINC = "http://loinc.org";

  /** The generic vital-signs profile, which every specific one derives from. */
  static final String VITAL_SIGNS = BASE + "vitalsigns";

  /** LOINC code → the R4 vital-signs profile of that code (FHIR R4 §observation-vitalsigns). */
  private static final Map<String, String> BY_CODE =
      Map.ofEntries(
          Map.entry("85353-1", BASE + "vitalspanel"),
          Map.entry("9279-1", BASE + "resprate"),
          Map.entry("8867-4", BASE + "heartrate"),
          Map.entry("2708-6", BASE + "oxygensat"),
          Map.entry("59408-5", BASE + "oxygensat"),
          Map.entry("8310-5", BASE + "bodytemp"),
          Map.entry("8302-2", BASE + "bodyheight"),
          Map.entry("9843-4", BASE + "headcircum"),
          Map.entry("29463-7", BASE + "bodyweight"),
          Map.entry("39156-5", BASE + "bmi"),
          Map.entry("85354-9", BASE + "bp"),
          // Components of the panel sent on their own: no profile of their own, the generic one.
          Map.entry("8480-6", VITAL_SIGNS),
          Map.entry("8462-4", VITAL_SIGNS),
          Map.entry("8478-0", VITAL_SIGNS));

  /** Every profile of the vital-signs family (the generic one included). */
  static final Set<String> VITAL_SIGNS_FAMILY = Set.copyOf(BY_CODE.values());

  private ApplicableProfiles() {}

  static Set<String> of(Resource resource) {
    Set<String> profiles = new LinkedHashSet<>();
    if (resource instanceof Observation o && !o.hasValueSampledData()) {
      for (Coding c : o.getCode().getCoding()) {
        if (LOINC.equals(c.getSystem()) && BY_CODE.containsKey(c.getCode())) {
          profiles.add(BY_CODE.get(c.getCode()));
        }
      }
    }
    return profiles;
  }

  static Set<String> declared(Resource resource) {
    Set<String> declared = new LinkedHashSet<>();
    for (CanonicalType p : resource.getMeta().getProfile()) {
      declared.add(p.getValue());
    }
    return declared;
  }
}

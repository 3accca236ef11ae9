package it.lombardia.irt.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.SampledData;

/** Patients whose protocols record parameters continuously, and series (SampledData) for them. */
public final class SampledSeries {

  public static final String CGM = "99504-3";
  public static final String SPO2 = "59408-5";

  private SampledSeries() {}

  /** A type 1 diabetes patient with CGM (diabetes network), under level-2 tele-monitoring. */
  public static long cgmPatient() {
    return CarePathways.monitoredPatientOf(
            "diabetes",
            "type-1-diabetes-cgm",
            """
            {"diabetes-type": "type-1", "age-years": "40", "on-insulin": "yes",
             "cgm-in-use": "yes", "pregnant": "no"}""",
            "TELEMONITORING_LEVEL_2")
        .id();
  }

  /** A patient on long-term oxygen (respiratory network), whose oximetry may come overnight. */
  public static long ltotPatient() {
    return CarePathways.monitoredPatientOf(
            "respiratory",
            "chronic-respiratory-failure-ltot",
            """
            {"on-ltot": "true", "ltot-hours-per-day": "16", "able-to-use-devices": "true",
             "home-invasive-ventilation": "false", "in-palliative-care": "false",
             "in-residential-care": "false"}""",
            "TELEMONITORING_LEVEL_1")
        .id();
  }

  /** An observation of {@code patient} whose value is the series {@code data}. */
  public static Observation series(
      long patient, String code, String unit, double periodMillis, String data, Instant start) {
    Observation o = Fhir.vital(patient, code, 0, unit, start.truncatedTo(ChronoUnit.SECONDS));
    o.setValue(
        new SampledData()
            .setOrigin(new Quantity().setValue(0).setSystem(Fhir.UCUM).setCode(unit))
            .setPeriod(BigDecimal.valueOf(periodMillis))
            .setDimensions(1)
            .setData(data));
    if (SPO2.equals(code)) {
      o.getCode().addCoding().setSystem("http://loinc.org").setCode("2708-6");
    }
    return o;
  }

  /** {@code value} repeated {@code times}, as SampledData points. */
  public static List<String> points(String value, int times) {
    return Collections.nCopies(times, value);
  }

  /** Runs of points as one SampledData {@code data}. */
  public static String join(List<List<String>> runs) {
    List<String> all = new ArrayList<>();
    runs.forEach(all::addAll);
    return String.join(" ", all);
  }
}

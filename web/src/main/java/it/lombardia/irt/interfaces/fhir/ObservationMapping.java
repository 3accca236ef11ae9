package it.lombardia.irt.interfaces.fhir;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.monitoring.Reading;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.monitoring.Samples;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Between FHIR Observations and IRT's readings. Incoming observations are checked against base R4
 * and, for vital signs, the constraints of the HL7 vital-signs profile IRT relies on: status,
 * category {@code vital-signs}, a LOINC code, a subject, an effective time with a time zone, and a
 * UCUM quantity (or, for a panel such as blood pressure, UCUM components). A panel becomes one
 * reading per component; the resource itself is kept as received ({@link ObservationResources}).
 *
 * <p>Implantable cardiac devices report in the IEEE 11073-10103 nomenclature (MDC), not LOINC: an
 * HL7 CardX-CIED interrogation is one Observation whose components carry MDC codes. Its quantity
 * components become readings under their numeric MDC code (the form a plug-in declares them in);
 * its other components — programmed settings, dates, coded statuses — are the vendor's report, not
 * measurements, and are left out.
 */
final class ObservationMapping {

  static final String LOINC = "http://loinc.org";
  static final String MDC = "urn:iso:std:iso:11073:10101";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String CODICE_FISCALE = "http://hl7.it/sid/codiceFiscale";
  static final String DEVICE_SERIAL = "urn:irt:device-serial";

  /** The system of the identifier IRT gives an observation sent without one. */
  static final String GENERATED = "urn:irt:observation";

  static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

  /** LOINC codes of the HL7 vital-signs profile family (FHIR R4 §vitalsigns). */
  static final Set<String> VITAL_SIGNS =
      Set.of(
          "85353-1", "9279-1", "8867-4", "2708-6", "59408-5", "8310-5", "8302-2", "9843-4",
          "29463-7", "39156-5", "85354-9", "8480-6", "8462-4", "8478-0");

  private ObservationMapping() {}

  /** The readings of an observation sent on its own; {@code field} locates it in the request. */
  static List<Reading> readings(Observation o, String field) {
    return readings(o, field, r -> null);
  }

  /**
   * The readings of an incoming observation; {@code bundled} gives the resource of the same bundle
   * a reference points to (a vendor platform's Device and Patient entries), or null.
   */
  static List<Reading> readings(
      Observation o, String field, Function<Reference, Resource> bundled) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    Measurement.Status status = status(o, field, problems);
    Measurement.Identifier id = identifier(o, field, problems);
    Long deviceId = null;
    String deviceSerial = null;
    if (o.hasDevice()) {
      Reference device = o.getDevice();
      if (bundled.apply(device) instanceof Device d
          && (d.hasSerialNumber() || d.getIdentifierFirstRep().hasValue())) {
        deviceSerial =
            d.hasSerialNumber() ? d.getSerialNumber() : d.getIdentifierFirstRep().getValue();
      } else if (LocalReferences.localId(device, "Device") != null) {
        deviceId = LocalReferences.localId(device, "Device");
      } else if (LocalReferences.isElsewhere(device)) {
        problems.add(problem(field + ".device", LocalReferences.elsewhere(device)));
      } else if (device.hasIdentifier() && device.getIdentifier().hasValue()) {
        deviceSerial = device.getIdentifier().getValue();
      } else {
        problems.add(
            problem(
                field + ".device",
                "the device must be Device/{id}, a serial-number identifier or a Device of the"
                    + " bundle with its serial number"));
      }
    }
    Long patientId = null;
    String codiceFiscale = null;
    Reference subject = o.getSubject();
    Optional<Identifier> cf =
        (bundled.apply(subject) instanceof Patient p
                ? p.getIdentifier().stream()
                : Stream.of(subject.getIdentifier()))
            .filter(i -> CODICE_FISCALE.equals(i.getSystem()) && i.hasValue())
            .findFirst();
    if (bundled.apply(subject) == null && LocalReferences.localId(subject, "Patient") != null) {
      patientId = LocalReferences.localId(subject, "Patient");
    } else if (bundled.apply(subject) == null && LocalReferences.isElsewhere(subject)) {
      problems.add(problem(field + ".subject", LocalReferences.elsewhere(subject)));
    } else if (cf.isPresent()) {
      codiceFiscale = cf.get().getValue().toUpperCase(Locale.ROOT);
    } else if (deviceId == null && deviceSerial == null) {
      problems.add(
          problem(
              field + ".subject",
              "the subject must be Patient/{id} or a codice fiscale identifier ("
                  + CODICE_FISCALE
                  + "); a vendor platform may name only the device, whose association gives the"
                  + " patient"));
    }
    Date effective = effective(o.getEffective(), field, problems);
    List<String> codes = codes(o.getCode(), field + ".code", problems);
    Optional<String> vitalSign = codes.stream().filter(VITAL_SIGNS::contains).findFirst();
    if (vitalSign.isPresent() && !hasVitalSignsCategory(o)) {
      problems.add(
          problem(
              field + ".category",
              "a vital sign (LOINC "
                  + vitalSign.get()
                  + ") needs the category vital-signs ("
                  + CATEGORY
                  + ")"));
    }
    List<Value> values = new ArrayList<>();
    if (o.hasValueQuantity()) {
      values.add(
          new Value(
              field, codes, quantity(o.getValueQuantity(), field + ".valueQuantity", problems)));
    } else if (o.hasValueSampledData()) {
      String where = field + ".valueSampledData";
      Samples series = SampledDataMapping.samples(o.getValueSampledData(), where, problems);
      Quantity mean = series == null ? null : SampledDataMapping.mean(series, where, problems);
      values.add(new Value(field, codes, mean, series));
    } else if (o.hasComponent()) {
      for (int i = 0; i < o.getComponent().size(); i++) {
        ObservationComponentComponent c = o.getComponent().get(i);
        String where = field + ".component[" + i + "]";
        if (!codes.isEmpty() && isMdc(codes.get(0)) && !c.hasValueQuantity()) {
          continue;
        }
        List<String> componentCodes = codes(c.getCode(), where + ".code", problems);
        if (c.hasValueQuantity()) {
          values.add(
              new Value(
                  where,
                  componentCodes,
                  quantity(c.getValueQuantity(), where + ".valueQuantity", problems)));
        } else {
          problems.add(problem(where + ".valueQuantity", "a component needs a UCUM quantity"));
        }
      }
    } else {
      problems.add(
          problem(
              field + ".value[x]",
              "a measurement needs valueQuantity, valueSampledData or quantity components"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String panel = o.hasComponent() ? codes.get(0) : null;
    String resource = ObservationResources.asReceived(o, o.hasIdentifier() ? null : id);
    List<Reading> readings = new ArrayList<>();
    for (Value v : values) {
      readings.add(
          new Reading(
              v.field(),
              patientId,
              codiceFiscale,
              v.codes(),
              v.quantity().getValue().doubleValue(),
              v.quantity().getCode(),
              effective.toInstant(),
              id,
              deviceId,
              deviceSerial,
              status,
              note(o),
              panel,
              resource,
              v.samples()));
    }
    return readings;
  }

  /** The observation's notes, one per line (why a correction corrects); null if none. */
  private static String note(Observation o) {
    String text =
        o.getNote().stream()
            .map(Annotation::getText)
            .filter(t -> t != null && !t.isBlank())
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    return text.isEmpty() ? null : text;
  }

  /**
   * A quantity of the observation (its value or a component's), where it sits and its codes; for a
   * series, its mean and its points.
   */
  private record Value(String field, List<String> codes, Quantity quantity, Samples samples) {
    Value(String field, List<String> codes, Quantity quantity) {
      this(field, codes, quantity, null);
    }
  }

  /**
   * The sender's identifier, which makes a re-sent observation recognisable; FHIR allows none
   * (0..*), and then IRT generates one ({@link #GENERATED}, a random UUID) so that each POST
   * creates a reading and the identifier rules of {@code IdentifierHistory} still hold.
   */
  private static Measurement.Identifier identifier(
      Observation o, String field, List<InvalidInputException.Problem> problems) {
    if (!o.hasIdentifier()) {
      return new Measurement.Identifier(GENERATED, UUID.randomUUID().toString());
    }
    Optional<Identifier> usable =
        o.getIdentifier().stream().filter(i -> i.hasSystem() && i.hasValue()).findFirst();
    if (usable.isEmpty()) {
      problems.add(
          problem(
              field + ".identifier",
              "an identifier needs a system and a value: it makes a re-sent measurement"
                  + " recognisable (or send none)"));
      return null;
    }
    return new Measurement.Identifier(usable.get().getSystem(), usable.get().getValue());
  }

  /**
   * The FHIR Observation of a reading that did not come as a resource (see {@link
   * StoredObservation}).
   */
  static Observation observation(Measurement m) {
    Observation o = new Observation();
    o.setId("Observation/" + m.getId());
    o.getMeta().setLastUpdated(Date.from(m.getReceivedAt()));
    o.addIdentifier().setSystem(m.identifier().system()).setValue(m.identifier().value());
    o.setStatus(
        switch (m.getStatus()) {
          case FINAL ->
              m.getCorrectsId() == null ? ObservationStatus.FINAL : ObservationStatus.AMENDED;
          case AMENDED -> ObservationStatus.AMENDED;
          case ENTERED_IN_ERROR -> ObservationStatus.ENTEREDINERROR;
        });
    if (VITAL_SIGNS.contains(m.getCode())) {
      o.addCategory().addCoding().setSystem(CATEGORY).setCode("vital-signs");
    }
    o.getCode().addCoding().setSystem(codeSystem(m.getCode())).setCode(m.getCode());
    o.setSubject(new Reference("Patient/" + m.getPatientId()));
    o.setEffective(new DateTimeType(Date.from(m.getEffectiveAt())));
    // As sent: a value IRT converted to the protocol's unit is served in the sender's unit.
    boolean converted = m.getOriginalUnit() != null;
    String unit = converted ? m.getOriginalUnit() : m.getUnit();
    o.setValue(
        new Quantity()
            .setValue(converted ? m.getOriginalValue() : m.getValue())
            .setUnit(unit)
            .setSystem(UCUM)
            .setCode(unit));
    if (m.getDeviceId() != null) {
      o.setDevice(new Reference("Device/" + m.getDeviceId()));
    }
    return o;
  }

  private static Measurement.Status status(
      Observation o, String field, List<InvalidInputException.Problem> problems) {
    if (!o.hasStatus()) {
      problems.add(problem(field + ".status", "the status is required"));
      return null;
    }
    return switch (o.getStatus()) {
      case FINAL -> Measurement.Status.FINAL;
      case AMENDED, CORRECTED -> Measurement.Status.AMENDED;
      case ENTEREDINERROR -> Measurement.Status.ENTERED_IN_ERROR;
      default -> {
        problems.add(
            problem(
                field + ".status",
                "status "
                    + o.getStatus().toCode()
                    + " is not accepted: final, amended, corrected"
                    + " or entered-in-error"));
        yield null;
      }
    };
  }

  private static Date effective(
      Type effective, String field, List<InvalidInputException.Problem> problems) {
    DateTimeType when =
        effective instanceof DateTimeType dt
            ? dt
            : effective instanceof org.hl7.fhir.r4.model.Period p ? p.getStartElement() : null;
    if (when == null || when.getValue() == null) {
      problems.add(problem(field + ".effective[x]", "the time of the measurement is required"));
      return null;
    }
    if (when.getTimeZone() == null
        || when.getPrecision().compareTo(ca.uhn.fhir.model.api.TemporalPrecisionEnum.MINUTE) < 0) {
      problems.add(
          problem(
              field + ".effective[x]",
              "the time of the measurement needs at least minutes and a time zone"));
      return null;
    }
    return when.getValue();
  }

  /**
   * Every LOINC code of {@code concept}, then its MDC codes: any of them may be the one a plan
   * monitors (the vital-signs SpO2 profile, for one, requires 2708-6 and allows 59408-5 beside it).
   */
  private static List<String> codes(
      CodeableConcept concept, String field, List<InvalidInputException.Problem> problems) {
    List<String> codes =
        Stream.of(LOINC, MDC)
            .flatMap(
                system ->
                    concept.getCoding().stream()
                        .filter(c -> system.equals(c.getSystem()) && c.hasCode()))
            .map(Coding::getCode)
            .distinct()
            .toList();
    if (codes.isEmpty()) {
      problems.add(
          problem(
              field,
              "a LOINC coding ("
                  + LOINC
                  + ") is required, or an MDC coding ("
                  + MDC
                  + ") for an implantable cardiac device"));
    }
    return codes;
  }

  /** The system of a code IRT stores: MDC or LOINC. */
  static String codeSystem(String code) {
    return isMdc(code) ? MDC : LOINC;
  }

  /** MDC codes are plain numbers; LOINC codes always end in a dash and a check digit. */
  private static boolean isMdc(String code) {
    return code != null && code.indexOf('-') < 0;
  }

  private static Quantity quantity(
      Quantity q, String field, List<InvalidInputException.Problem> problems) {
    if (!q.hasValue() || !UCUM.equals(q.getSystem()) || !q.hasCode()) {
      problems.add(
          problem(
              field, "the value needs a number, the UCUM system (" + UCUM + ") and a unit code"));
      return null;
    }
    return q;
  }

  private static boolean hasVitalSignsCategory(Observation o) {
    return o.getCategory().stream()
        .flatMap(c -> c.getCoding().stream())
        .anyMatch(c -> CATEGORY.equals(c.getSystem()) && "vital-signs".equals(c.getCode()));
  }

  private static InvalidInputException.Problem problem(String field, String message) {
    return new InvalidInputException.Problem(field, "error.fhir.observation", message);
  }
}

package it.lombardia.irt.interfaces.fhir;

import it.lombardia.irt.application.monitoring.MonitoredPlan;
import it.lombardia.irt.application.monitoring.PlansInForce.PatientPlan;
import it.lombardia.irt.domain.model.monitoring.Evaluation;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ObservationDefinition;
import org.hl7.fhir.r4.model.ObservationDefinition.ObservationDataType;
import org.hl7.fhir.r4.model.ObservationDefinition.ObservationRangeCategory;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;

/**
 * A tele-monitoring plan in force as HL7 Italia's <i>Piano di telemonitoraggio</i> (draft guide
 * {@code hl7-it/telemonitoraggio} 0.1.0): a CarePlan with one activity per monitored parameter,
 * each instantiating an ActivityDefinition (how often) whose observation requirement is an
 * ObservationDefinition (what is measured and its thresholds). Both definitions are contained in
 * the CarePlan, so one read gives the whole plan.
 *
 * <p>As in the guide, a threshold is a {@code qualifiedInterval} whose range holds the values that
 * raise nothing (a threshold above bounds it from above, one below from below) and whose {@code
 * condition} says in Italian the level it raises, the exact rule ("pari o superiore") and whether
 * the value is the plan's own or the protocol's; the plausible range is the {@code absolute}
 * interval, and each trend or missing-data rule an interval with a condition only.
 */
final class MonitoringPlanMapping {

  private static final String GUIDE = "http://hl7.it/fhir/telemonitoraggio";
  private static final String CARE_PLAN_PROFILE =
      GUIDE + "/StructureDefinition/CarePlanPianoDiCuraTelemonitoraggio";
  private static final String ACTIVITY_PROFILE =
      GUIDE + "/StructureDefinition/ActivityDefinitionPianoTM";
  private static final String PARAMETER_PROFILE =
      GUIDE + "/StructureDefinition/ObservationDefinitionPianoTM";

  /** The guide's plan types; {@code 01} is the Piano di Telemonitoraggio. */
  private static final String PLAN_TYPES = GUIDE + "/CodeSystem/csTipologiaPiano";

  private static final String PLAN_IDS = "urn:irt:care-plan";
  private static final String SNOMED = "http://snomed.info/sct";

  /**
   * The guide's activity type (example binding) that fits every network's protocol: "Telehealth
   * monitoring for chronic disease".
   */
  private static final String TELEHEALTH_MONITORING = "473199000";

  private MonitoringPlanMapping() {}

  static CarePlan carePlan(PatientPlan patientPlan) {
    MonitoredPlan plan = patientPlan.plan();
    Evaluation evaluation = plan.evaluation();
    CarePlan fhir = new CarePlan();
    fhir.setIdElement(new IdType("CarePlan", plan.planId()));
    fhir.getMeta().addProfile(CARE_PLAN_PROFILE);
    fhir.addIdentifier().setSystem(PLAN_IDS).setValue(String.valueOf(plan.planId()));
    fhir.setStatus(CarePlanStatus.ACTIVE);
    fhir.setIntent(CarePlanIntent.PLAN);
    fhir.addCategory().addCoding(new Coding(PLAN_TYPES, "01", "Piano di Telemonitoraggio"));
    fhir.setTitle(plan.protocol().name().it());
    fhir.setDescription(
        "Protocollo %s della rete %s, versione %s"
            .formatted(plan.protocol().id(), plan.networkId(), plan.networkVersion()));
    fhir.setSubject(new Reference("Patient/" + patientPlan.patientId()));
    fhir.getPeriod().setStart(Date.from(plan.since()));
    for (MonitoredParameter p : plan.protocol().parameters()) {
      ObservationDefinition parameter = parameter(p, evaluation, plan.protocol().trendRules());
      ActivityDefinition activity = activity(p, parameter);
      fhir.addContained(parameter);
      fhir.addContained(activity);
      CarePlanActivityDetailComponent detail = fhir.addActivity().getDetail();
      detail.setStatus(CarePlanActivityStatus.INPROGRESS);
      detail.setCode(
          new CodeableConcept(
                  new Coding(
                      SNOMED,
                      TELEHEALTH_MONITORING,
                      "Telehealth monitoring for chronic disease (regime/therapy)"))
              .setText(p.name().it()));
      detail.addInstantiatesCanonical(activity.getId());
      detail.setScheduled(activity.getTimingTiming().copy());
      detail.setDescription(activity.getDescription());
    }
    return fhir;
  }

  /** How often the parameter is measured: one reading per {@code expectedEvery}. */
  private static ActivityDefinition activity(
      MonitoredParameter p, ObservationDefinition parameter) {
    ActivityDefinition activity = new ActivityDefinition();
    activity.setId("#activity-" + p.code());
    activity.getMeta().addProfile(ACTIVITY_PROFILE);
    activity.setStatus(PublicationStatus.ACTIVE);
    activity.setTitle("Rilevazione: " + p.name().it());
    activity.setDescription(p.name().it() + ": una rilevazione " + italian(p.expectedEvery()));
    activity.setCode(loinc(p));
    activity.setTiming(timing(p.expectedEvery()));
    activity.addObservationRequirement(new Reference(parameter.getId()));
    return activity;
  }

  /** What is measured, in which unit, and the rules in force on it. */
  private static ObservationDefinition parameter(
      MonitoredParameter p, Evaluation evaluation, List<TrendRule> trendRules) {
    ObservationDefinition parameter = new ObservationDefinition();
    parameter.setId("#parameter-" + p.code());
    parameter.getMeta().addProfile(PARAMETER_PROFILE);
    parameter.setCode(loinc(p));
    parameter.addPermittedDataType(ObservationDataType.QUANTITY);
    parameter
        .getQuantitativeDetails()
        .setUnit(new CodeableConcept(new Coding(ObservationMapping.UCUM, p.unit(), p.unit())));
    parameter
        .addQualifiedInterval()
        .setCategory(ObservationRangeCategory.ABSOLUTE)
        .setRange(
            new Range()
                .setLow(quantity(p.plausibleMin(), p.unit()))
                .setHigh(quantity(p.plausibleMax(), p.unit())))
        .setCondition("Valori plausibili: una misura fuori da questo intervallo è un errore");
    for (Threshold t : evaluation.thresholds(p.code())) {
      Range range = new Range();
      if (t.direction() == Threshold.Direction.ABOVE) {
        range.setHigh(quantity(t.value(), p.unit()));
      } else {
        range.setLow(quantity(t.value(), p.unit()));
      }
      parameter
          .addQualifiedInterval()
          .setCategory(ObservationRangeCategory.CRITICAL)
          .setRange(range)
          .setCondition(condition(p, t, evaluation.isPersonalised(t)));
    }
    for (TrendRule rule : trendRules) {
      if (rule.parameter().equals(p.code())) {
        parameter
            .addQualifiedInterval()
            .setCondition(level(rule.level()) + ": " + rule.label().it());
      }
    }
    return parameter;
  }

  /** E.g. "Attenzione se pari o inferiore a 94 % (soglia personalizzata nel piano)". */
  private static String condition(MonitoredParameter p, Threshold t, boolean personalised) {
    return "%s se pari o %s a %s %s (%s)"
        .formatted(
            level(t.level()),
            t.direction() == Threshold.Direction.ABOVE ? "superiore" : "inferiore",
            italian(t.value()),
            p.unit(),
            personalised ? "soglia personalizzata nel piano" : "soglia del protocollo");
  }

  private static String level(AlarmLevel level) {
    String name = Evaluation.levelName(level);
    return name.substring(0, 1).toUpperCase(Locale.ITALIAN) + name.substring(1);
  }

  private static CodeableConcept loinc(MonitoredParameter p) {
    return new CodeableConcept(new Coding(ObservationMapping.LOINC, p.code(), p.name().en()))
        .setText(p.name().it());
  }

  private static Quantity quantity(double value, String unit) {
    return new Quantity()
        .setValue(value)
        .setUnit(unit)
        .setSystem(ObservationMapping.UCUM)
        .setCode(unit);
  }

  /** Once every {@code every}, in the largest whole unit of time. */
  private static Timing timing(Duration every) {
    Timing timing = new Timing();
    Timing.TimingRepeatComponent repeat = timing.getRepeat().setFrequency(1);
    long minutes = every.toMinutes();
    if (minutes % (7 * 24 * 60) == 0) {
      repeat.setPeriod(minutes / (7 * 24 * 60)).setPeriodUnit(UnitsOfTime.WK);
    } else if (minutes % (24 * 60) == 0) {
      repeat.setPeriod(minutes / (24 * 60)).setPeriodUnit(UnitsOfTime.D);
    } else if (minutes % 60 == 0) {
      repeat.setPeriod(minutes / 60).setPeriodUnit(UnitsOfTime.H);
    } else {
      repeat.setPeriod(minutes).setPeriodUnit(UnitsOfTime.MIN);
    }
    return timing;
  }

  /** E.g. "ogni giorno", "ogni 2 giorni", "ogni 6 ore". */
  private static String italian(Duration every) {
    Timing.TimingRepeatComponent repeat = timing(every).getRepeat();
    long n = repeat.getPeriod().longValue();
    String[] unit =
        switch (repeat.getPeriodUnit()) {
          case WK -> new String[] {"settimana", "settimane"};
          case D -> new String[] {"giorno", "giorni"};
          case H -> new String[] {"ora", "ore"};
          default -> new String[] {"minuto", "minuti"};
        };
    return n == 1 ? "ogni " + unit[0] : "ogni " + n + " " + unit[1];
  }

  private static String italian(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ITALIAN))
        .format(value);
  }
}

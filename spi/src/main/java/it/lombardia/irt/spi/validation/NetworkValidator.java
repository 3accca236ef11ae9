package it.lombardia.irt.spi.validation;

import it.lombardia.irt.spi.SpiVersion;
import it.lombardia.irt.spi.content.AlarmAction;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.ConditionDefinition;
import it.lombardia.irt.spi.content.ContinuousRecording;
import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.DeviceType;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.NetworkDefinition;
import it.lombardia.irt.spi.content.PathwayStage;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Questionnaire;
import it.lombardia.irt.spi.content.Source;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * The checks a plug-in must pass before IRT activates it; the contract test kit runs the very same
 * ones. Collects every problem rather than stopping at the first, so a working group fixes its
 * plug-in in one go.
 */
public final class NetworkValidator {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Set<String> MDR_CLASSES = Set.of("I", "IIa", "IIb", "III");

  private static volatile UcumEssenceService ucum;

  private final List<ValidationReport.Problem> problems = new ArrayList<>();

  private NetworkValidator() {}

  /** Validates a network definition against SPI {@link SpiVersion#CURRENT}. */
  public static ValidationReport validate(NetworkDefinition network) {
    NetworkValidator v = new NetworkValidator();
    if (network == null) {
      v.problem("", "the plug-in returned no definition");
      return new ValidationReport("?", "?", v.problems);
    }
    v.network(network);
    return new ValidationReport(
        String.valueOf(network.id()), String.valueOf(network.version()), List.copyOf(v.problems));
  }

  private void network(NetworkDefinition n) {
    if (n.id() == null || !KEBAB.matcher(n.id()).matches()) {
      problem("id", "must be kebab-case (lower-case letters, digits, dashes): " + n.id());
    }
    if (n.version() == null || !SEMVER.matcher(n.version()).matches()) {
      problem("version", "must be major.minor.patch: " + n.version());
    }
    try {
      if (!SpiVersion.CURRENT.isWithin(n.requiredSpi())) {
        problem(
            "requiredSpi",
            "needs SPI " + n.requiredSpi() + " but IRT implements " + SpiVersion.CURRENT);
      }
    } catch (IllegalArgumentException e) {
      problem("requiredSpi", e.getMessage());
    }
    label("name", n.name());
    Set<String> sources = ids("sources", n.sources(), Source::id);
    forEach(
        "sources",
        n.sources(),
        Source::id,
        (path, s) -> {
          if (blank(s.citation())) {
            problem(path, "a citation is required");
          }
        });
    if (sources.isEmpty()) {
      problem("sources", "at least one source (guideline or consensus document) is required");
    }
    Set<String> devices = ids("devices", n.devices(), DeviceType::id);
    forEach("devices", n.devices(), DeviceType::id, this::device);
    Set<String> questionnaires = ids("questionnaires", n.questionnaires(), Questionnaire::id);
    forEach("questionnaires", n.questionnaires(), Questionnaire::id, this::questionnaire);
    forEach("tariffs", n.tariffs(), t -> String.valueOf(t.service()), (path, t) -> tariff(path, t));
    ids("conditions", n.conditions(), ConditionDefinition::id);
    if (list(n.conditions()).isEmpty()) {
      problem("conditions", "at least one clinical condition is required");
    }
    forEach(
        "conditions",
        n.conditions(),
        ConditionDefinition::id,
        (path, c) -> {
          label(path + ".name", c.name());
          if (c.protocol() == null) {
            problem(path + ".protocol", "is required");
          } else {
            protocol(path + ".protocol", c.protocol(), sources, devices, questionnaires);
          }
        });
  }

  private void protocol(
      String path,
      Protocol p,
      Set<String> sources,
      Set<String> devices,
      Set<String> questionnaires) {
    requireId(path + ".id", p.id());
    label(path + ".name", p.name());
    references(path + ".sources", p.sources(), sources, "source");
    references(path + ".devices", p.devices(), devices, "device");
    references(path + ".questionnaires", p.questionnaires(), questionnaires, "questionnaire");
    if (list(p.sources()).isEmpty()) {
      problem(path + ".sources", "name the sources of the protocol's values");
    }
    ids(path + ".inclusion", p.inclusion(), Criterion::id);
    ids(path + ".exclusion", p.exclusion(), Criterion::id);
    if (list(p.inclusion()).isEmpty()) {
      problem(path + ".inclusion", "at least one inclusion criterion is required");
    }
    forEach(path + ".inclusion", p.inclusion(), Criterion::id, this::criterion);
    forEach(path + ".exclusion", p.exclusion(), Criterion::id, this::criterion);

    Map<String, MonitoredParameter> parameters = new HashMap<>();
    Set<String> recognised = new HashSet<>();
    for (MonitoredParameter m : list(p.parameters())) {
      if (m != null && m.code() != null && parameters.put(m.code(), m) != null) {
        problem(path + ".parameters[" + m.code() + "]", "declared twice");
      }
      for (String other : m == null ? List.<String>of() : m.alsoCodedAs()) {
        if (!recognised.add(other)) {
          problem(
              path + ".parameters[" + m.code() + "].alsoCodedAs",
              other + " is another parameter's code too");
        }
      }
    }
    for (String other : recognised) {
      if (parameters.containsKey(other)) {
        problem(path + ".parameters[" + other + "]", other + " is another parameter's code too");
      }
    }
    forEach(path + ".parameters", p.parameters(), MonitoredParameter::code, this::parameter);

    Set<AlarmLevel> levelsUsed = EnumSet.noneOf(AlarmLevel.class);
    int i = 0;
    for (Threshold t : list(p.thresholds())) {
      threshold(path + ".thresholds[" + i++ + "]", t, parameters);
      if (t != null && t.level() != null) {
        levelsUsed.add(t.level());
      }
    }
    thresholdOrder(path + ".thresholds", list(p.thresholds()));
    forEach(
        path + ".trendRules",
        p.trendRules(),
        TrendRule::id,
        (tp, r) -> {
          trend(tp, r, parameters);
          if (r.level() != null) {
            levelsUsed.add(r.level());
          }
        });
    Set<AlarmLevel> levelsWithActions = EnumSet.noneOf(AlarmLevel.class);
    i = 0;
    for (AlarmAction a : list(p.alarmActions())) {
      String ap = path + ".alarmActions[" + i++ + "]";
      if (a == null || a.level() == null) {
        problem(ap, "level is required");
        continue;
      }
      if (!levelsWithActions.add(a.level())) {
        problem(ap, "level " + a.level() + " has more than one action entry");
      }
      if (list(a.actions()).isEmpty()) {
        problem(ap, "at least one action is required");
      }
      label(ap + ".instructions", a.instructions());
    }
    for (AlarmLevel level : levelsUsed) {
      if (!levelsWithActions.contains(level)) {
        problem(path + ".alarmActions", "no action says what to do at level " + level);
      }
    }
    ids(path + ".pathway", p.pathway(), PathwayStage::id);
    if (list(p.pathway()).isEmpty()) {
      problem(path + ".pathway", "at least one pathway stage with its services is required");
    }
    forEach(
        path + ".pathway",
        p.pathway(),
        PathwayStage::id,
        (sp, s) -> {
          label(sp + ".name", s.name());
          if (s.services() == null || s.services().isEmpty()) {
            problem(sp + ".services", "at least one service is required");
          }
        });
    i = 0;
    for (var r : list(p.roles())) {
      String rp = path + ".roles[" + i++ + "]";
      if (r == null || blank(r.professional()) || r.part() == null) {
        problem(rp, "professional and RACI part are required");
      } else {
        label(rp + ".activity", r.activity());
      }
    }
  }

  private void criterion(String path, Criterion c) {
    label(path + ".label", c.label());
    if (blank(c.fact())) {
      problem(path + ".fact", "is required");
    }
    if (c.operator() == null) {
      problem(path + ".operator", "is required");
      return;
    }
    int values = list(c.values()).size();
    Criterion.FactType type = c.factType();
    switch (c.operator()) {
      case PRESENT, ABSENT -> {
        if (values != 0) {
          problem(path + ".values", c.operator() + " takes no values");
        }
      }
      case EQUALS -> {
        if (values != 1) {
          problem(path + ".values", "EQUALS takes exactly one value");
        }
      }
      case IN -> {
        if (values == 0) {
          problem(path + ".values", "IN takes at least one value");
        }
      }
      case AT_LEAST, AT_MOST -> {
        if (type == Criterion.FactType.DATE) {
          if (values != 1 || !isDateBound(c.values().get(0))) {
            problem(path + ".values", c.operator() + " of a date takes a date or a period (P12M)");
          }
        } else if (values != 1 || !isNumber(c.values().get(0))) {
          problem(path + ".values", c.operator() + " takes exactly one number");
        }
      }
    }
    factType(path, c, type);
  }

  /** A declared fact type (SPI 1.4) must suit the operator, its unit and its choices. */
  private void factType(String path, Criterion c, Criterion.FactType type) {
    Set<Criterion.Operator> allowed =
        switch (type) {
          case YES_NO ->
              EnumSet.of(
                  Criterion.Operator.PRESENT, Criterion.Operator.ABSENT, Criterion.Operator.EQUALS);
          case CHOICE -> EnumSet.of(Criterion.Operator.EQUALS, Criterion.Operator.IN);
          case NUMBER, DATE ->
              EnumSet.of(
                  Criterion.Operator.AT_LEAST,
                  Criterion.Operator.AT_MOST,
                  Criterion.Operator.PRESENT);
        };
    if (!allowed.contains(c.operator())) {
      problem(path + ".operator", c.operator() + " cannot compare a " + type + " fact");
      return;
    }
    if (type == Criterion.FactType.YES_NO
        && c.operator() == Criterion.Operator.EQUALS
        && !list(c.values()).stream().allMatch(Criterion::isYesOrNo)) {
      problem(path + ".values", "a yes/no fact equals yes or no");
    }
    if (c.unit() != null) {
      if (type == Criterion.FactType.NUMBER) {
        unit(path + ".unit", c.unit());
      } else {
        problem(path + ".unit", "only a number fact has a unit");
      }
    }
    if (!c.choices().isEmpty()) {
      if (type != Criterion.FactType.CHOICE) {
        problem(path + ".choices", "only a choice fact has choices");
        return;
      }
      Set<String> answers = new HashSet<>();
      int i = 0;
      for (Criterion.Choice choice : c.choices()) {
        String cp = path + ".choices[" + i++ + "]";
        if (choice == null || blank(choice.value()) || !answers.add(choice.value())) {
          problem(cp, "needs a value of its own");
        } else {
          label(cp + ".label", choice.label());
        }
      }
      list(c.values()).stream()
          .filter(v -> !answers.contains(v))
          .forEach(v -> problem(path + ".values", v + " is not one of the choices"));
    }
  }

  private static boolean isDateBound(String s) {
    try {
      if (s.startsWith("P")) {
        java.time.Period.parse(s);
      } else {
        java.time.LocalDate.parse(s);
      }
      return true;
    } catch (java.time.format.DateTimeParseException | NullPointerException e) {
      return false;
    }
  }

  private void parameter(String path, MonitoredParameter m) {
    label(path + ".name", m.name());
    code(path + ".code", m.code());
    unit(path + ".unit", m.unit());
    if (!(m.plausibleMin() < m.plausibleMax())) {
      problem(path, "plausible range " + m.plausibleMin() + ".." + m.plausibleMax() + " is empty");
    }
    if (m.expectedEvery() == null || m.expectedEvery().isNegative() || m.expectedEvery().isZero()) {
      problem(path + ".expectedEvery", "must be a positive duration");
    }
    if (m.molarMass() != null && !(m.molarMass() > 0)) {
      problem(path + ".molarMass", "must be a positive number of g/mol");
    }
    if (m.continuous() != null) {
      continuous(path + ".continuous", m);
    }
    for (String other : m.alsoCodedAs()) {
      code(path + ".alsoCodedAs", other);
    }
  }

  private void continuous(String path, MonitoredParameter m) {
    ContinuousRecording c = m.continuous();
    if (c.sustainedFor() == null || c.sustainedFor().isNegative() || c.sustainedFor().isZero()) {
      problem(path + ".sustainedFor", "must be a positive duration");
    }
    for (Double end : Arrays.asList(c.targetLow(), c.targetHigh())) {
      if (end != null && (end < m.plausibleMin() || end > m.plausibleMax())) {
        problem(path, "target range end " + end + " is outside the plausible range");
      }
    }
    if (c.targetLow() != null && c.targetHigh() != null && !(c.targetLow() < c.targetHigh())) {
      problem(path, "target range " + c.targetLow() + ".." + c.targetHigh() + " is empty");
    }
    if (c.indices().contains(ContinuousRecording.Index.GLUCOSE_MANAGEMENT_INDICATOR)
        && !"mg/dL".equals(m.unit())) {
      problem(path + ".indices", "the glucose management indicator needs the unit mg/dL");
    }
    if (c.indices().contains(ContinuousRecording.Index.OXYGEN_DESATURATION_INDEX)
        && !"%".equals(m.unit())) {
      problem(path + ".indices", "the oxygen desaturation index needs the unit %");
    }
  }

  private void threshold(String path, Threshold t, Map<String, MonitoredParameter> parameters) {
    if (t == null || t.level() == null || t.direction() == null) {
      problem(path, "parameter, level and direction are required");
      return;
    }
    MonitoredParameter m = parameters.get(t.parameter());
    if (m == null) {
      problem(
          path + ".parameter",
          "refers to " + t.parameter() + ", which the protocol does not monitor");
      return;
    }
    if (t.value() < m.plausibleMin() || t.value() > m.plausibleMax()) {
      problem(
          path + ".value",
          t.value()
              + " is outside the plausible range "
              + m.plausibleMin()
              + ".."
              + m.plausibleMax());
    }
    if (!(t.personalisableMin() <= t.value() && t.value() <= t.personalisableMax())) {
      problem(
          path,
          "the personalisable range "
              + t.personalisableMin()
              + ".."
              + t.personalisableMax()
              + " must contain the default "
              + t.value());
    }
    if (t.personalisableMin() < m.plausibleMin() || t.personalisableMax() > m.plausibleMax()) {
      problem(
          path,
          "the personalisable range must lie within the plausible range "
              + m.plausibleMin()
              + ".."
              + m.plausibleMax());
    }
  }

  /**
   * Higher levels must be further out: above-thresholds rise with the level, below-thresholds fall.
   */
  private void thresholdOrder(String path, List<Threshold> thresholds) {
    Map<String, List<Threshold>> byLine = new HashMap<>();
    for (Threshold t : thresholds) {
      if (t != null && t.level() != null && t.direction() != null) {
        byLine.computeIfAbsent(t.parameter() + " " + t.direction(), k -> new ArrayList<>()).add(t);
      }
    }
    byLine.forEach(
        (line, list) -> {
          list.sort((a, b) -> a.level().compareTo(b.level()));
          for (int i = 1; i < list.size(); i++) {
            Threshold lower = list.get(i - 1);
            Threshold higher = list.get(i);
            boolean above = higher.direction() == Threshold.Direction.ABOVE;
            if (lower.level() == higher.level()) {
              problem(path, line + " has two thresholds at level " + higher.level());
            } else if (above ? higher.value() <= lower.value() : higher.value() >= lower.value()) {
              problem(
                  path,
                  line
                      + ": "
                      + higher.level()
                      + " ("
                      + higher.value()
                      + ") must be "
                      + (above ? "above " : "below ")
                      + lower.level()
                      + " ("
                      + lower.value()
                      + ")");
            }
          }
        });
  }

  private void trend(String path, TrendRule r, Map<String, MonitoredParameter> parameters) {
    label(path + ".label", r.label());
    if (!parameters.containsKey(r.parameter())) {
      problem(
          path + ".parameter",
          "refers to " + r.parameter() + ", which the protocol does not monitor");
    }
    if (r.kind() == null || r.level() == null) {
      problem(path, "kind and level are required");
    } else if (r.kind() != TrendRule.Kind.MISSING && !(r.amount() > 0)) {
      problem(path + ".amount", "must be positive");
    }
    if (r.window() == null || r.window().isNegative() || r.window().isZero()) {
      problem(path + ".window", "must be a positive duration");
    }
  }

  private void device(String path, DeviceType d) {
    label(path + ".name", d.name());
    if (list(d.parameters()).isEmpty()) {
      problem(path + ".parameters", "a device measures at least one parameter");
    }
    for (String code : list(d.parameters())) {
      code(path + ".parameters", code);
    }
    if (d.connectivity() == null || d.level() == null) {
      problem(path, "connectivity and monitoring level are required");
    }
    if (d.mdrClass() == null || !MDR_CLASSES.contains(d.mdrClass())) {
      problem(path + ".mdrClass", "must be one of " + MDR_CLASSES + ": " + d.mdrClass());
    }
  }

  /** A parameter's code: LOINC, or (since SPI 1.1) MDC for what devices report only in MDC. */
  private void code(String path, String code) {
    if (!Loinc.isWellFormed(code) && !Mdc.isWellFormed(code)) {
      problem(
          path,
          "not a LOINC code with a valid check digit: "
              + code
              + " (nor an ISO/IEEE 11073-10101 MDC code)");
    }
  }

  private void questionnaire(String path, Questionnaire q) {
    label(path + ".name", q.name());
    if (blank(q.licence())) {
      problem(path + ".licence", "name the licence that allows its use");
    }
    if (blank(q.source())) {
      problem(path + ".source", "cite the questionnaire's source");
    }
    if (list(q.items()).isEmpty()) {
      problem(path + ".items", "at least one item is required");
    }
    int maxScore = 0;
    forEach(
        path + ".items",
        q.items(),
        Questionnaire.Item::id,
        (ip, item) -> {
          label(ip + ".text", item.text());
          if (item.type() == null) {
            problem(ip + ".type", "is required");
          } else if (item.type() == Questionnaire.AnswerType.NUMBER) {
            if (item.min() == null || item.max() == null || !(item.min() < item.max())) {
              problem(ip, "a number item needs min < max");
            }
          } else if (list(item.options()).size() < 2) {
            problem(ip + ".options", "a choice needs at least two options");
          }
          ids(ip + ".options", item.options(), Questionnaire.Option::code);
          for (var o : list(item.options())) {
            label(ip + ".options[" + o.code() + "].label", o.label());
          }
        });
    for (var item : list(q.items())) {
      maxScore +=
          list(item == null ? null : item.options()).stream()
              .mapToInt(Questionnaire.Option::score)
              .max()
              .orElse(0);
    }
    int i = 0;
    List<Questionnaire.ScoreBand> bands = new ArrayList<>(list(q.bands()));
    for (var band : bands) {
      String bp = path + ".bands[" + i++ + "]";
      label(bp + ".meaning", band.meaning());
      if (band.min() > band.max()) {
        problem(bp, "min " + band.min() + " is above max " + band.max());
      }
      if (band.max() > maxScore && maxScore > 0) {
        problem(bp, "max " + band.max() + " is above the highest possible score " + maxScore);
      }
    }
    bands.sort((a, b) -> Integer.compare(a.min(), b.min()));
    for (int k = 1; k < bands.size(); k++) {
      if (bands.get(k).min() <= bands.get(k - 1).max()) {
        problem(path + ".bands", "score bands overlap at " + bands.get(k).min());
      }
    }
  }

  private void tariff(String path, TariffHypothesis t) {
    if (t.service() == null || t.euro() == null || t.euro().signum() < 0) {
      problem(path, "a service and a non-negative amount in euro are required");
    }
    label(path + ".note", t.note());
  }

  private void unit(String path, String unit) {
    if (blank(unit)) {
      problem(path, "a UCUM unit is required");
      return;
    }
    String error = ucum().validate(unit);
    if (error != null) {
      problem(path, "not a valid UCUM unit: " + unit);
    }
  }

  private void label(String path, Label label) {
    if (label == null || blank(label.it()) || blank(label.en())) {
      problem(path, "needs both an Italian and an English text");
    }
  }

  private void requireId(String path, String id) {
    if (id == null || !KEBAB.matcher(id).matches()) {
      problem(path, "must be kebab-case: " + id);
    }
  }

  private void references(String path, List<String> refs, Set<String> defined, String what) {
    for (String ref : list(refs)) {
      if (!defined.contains(ref)) {
        problem(path, "refers to " + what + " '" + ref + "', which the plug-in does not define");
      }
    }
  }

  /** Collects the ids of {@code items}, reporting missing, malformed and duplicate ones. */
  private <T> Set<String> ids(String path, Collection<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T item : list(items)) {
      String value = item == null ? null : id.apply(item);
      if (value == null || value.isBlank()) {
        problem(path, "an entry has no id");
      } else if (!seen.add(value)) {
        problem(path + "[" + value + "]", "duplicate id");
      }
    }
    return seen;
  }

  private interface Check<T> {
    void apply(String path, T item);
  }

  private <T> void forEach(
      String path, Collection<T> items, Function<T, String> id, Check<T> check) {
    int i = 0;
    for (T item : list(items)) {
      String key = item == null ? String.valueOf(i) : String.valueOf(id.apply(item));
      if (item == null) {
        problem(path + "[" + i + "]", "is empty");
      } else {
        check.apply(path + "[" + key + "]", item);
      }
      i++;
    }
  }

  private void problem(String path, String message) {
    problems.add(new ValidationReport.Problem(path, message));
  }

  private static <T> List<T> list(Collection<T> items) {
    return items == null ? List.of() : new ArrayList<>(items);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException | NullPointerException e) {
      return false;
    }
  }

  private static UcumEssenceService ucum() {
    if (ucum == null) {
      synchronized (NetworkValidator.class) {
        if (ucum == null) {
          try {
            ucum =
                new UcumEssenceService(
                    UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
          } catch (UcumException e) {
            throw new IllegalStateException("UCUM definitions cannot be read", e);
          }
        }
      }
    }
    return ucum;
  }
}

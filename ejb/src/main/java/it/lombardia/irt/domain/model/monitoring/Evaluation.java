package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.shared.UnitSymbols;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.Threshold;
import it.lombardia.irt.spi.content.TrendRule;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates readings against a protocol, as a plan personalises it: thresholds (the plan's value
 * where it sets one, the protocol's default otherwise), trend rules over the recent series, and
 * missing-data rules. Each rule met becomes an {@link AlarmTrigger} with an explanation in Italian
 * and English naming the parameter, the value, the limit and the rule.
 */
public final class Evaluation {

  /** One reading of a series. */
  public record Point(Instant at, double value) {}

  private static final DateTimeFormatter WHEN_IT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Protocol protocol;
  private final List<PersonalisedThreshold> personalised;

  public Evaluation(Protocol protocol, List<PersonalisedThreshold> personalised) {
    this.protocol = protocol;
    this.personalised = personalised;
  }

  public Optional<MonitoredParameter> parameter(String code) {
    return protocol.parameters().stream().filter(p -> p.isCodedAs(code)).findFirst();
  }

  /** The threshold in force: the plan's own value if it sets one, else the protocol's default. */
  public double valueOf(Threshold t) {
    return personalisation(t).map(PersonalisedThreshold::value).orElse(t.value());
  }

  public boolean isPersonalised(Threshold t) {
    return personalisation(t).isPresent();
  }

  /** The plan's value for {@code t}, if it sets one. */
  private Optional<PersonalisedThreshold> personalisation(Threshold t) {
    return personalised.stream().filter(p -> p.personalises(t, protocol)).findFirst();
  }

  /** The thresholds of {@code code}, at the values in force. */
  public List<Threshold> thresholds(String code) {
    return protocol.thresholds().stream()
        .filter(t -> t.parameter().equals(code))
        .map(
            t ->
                new Threshold(
                    t.parameter(),
                    t.level(),
                    t.direction(),
                    valueOf(t),
                    t.personalisableMin(),
                    t.personalisableMax()))
        .toList();
  }

  /**
   * Every rule the new reading meets: at most one threshold per direction (the highest level
   * crossed) and each trend rule whose change is reached within its window of {@code series} (the
   * parameter's earlier readings).
   */
  public List<AlarmTrigger> evaluate(String code, Point reading, List<Point> series) {
    MonitoredParameter p = parameter(code).orElseThrow();
    List<AlarmTrigger> triggers = new ArrayList<>();
    for (Threshold.Direction direction : Threshold.Direction.values()) {
      thresholds(code).stream()
          .filter(t -> t.direction() == direction && crosses(t, reading.value()))
          .max(Comparator.comparing(Threshold::level))
          .ifPresent(t -> triggers.add(thresholdTrigger(p, t, reading)));
    }
    for (TrendRule rule : protocol.trendRules()) {
      if (rule.parameter().equals(code) && rule.kind() != TrendRule.Kind.MISSING) {
        trend(p, rule, reading, series).ifPresent(triggers::add);
      }
    }
    return triggers;
  }

  /**
   * The thresholds a continuous series crosses: in each direction the highest level at or beyond
   * which the points stay for the parameter's sustained duration, as one trigger for its longest
   * such episode — not one per point (see {@link
   * it.lombardia.irt.spi.content.ContinuousRecording}). Its rule is the threshold's own, so a
   * series and a spot reading share one open alarm.
   *
   * @param values the value of each time, in the protocol's unit (NaN for an error point)
   */
  public List<AlarmTrigger> evaluateSeries(
      String code, Instant start, double periodMillis, double[] values) {
    MonitoredParameter p = parameter(code).orElseThrow();
    long needed = (long) Math.ceil(p.continuous().sustainedFor().toMillis() / periodMillis);
    List<AlarmTrigger> triggers = new ArrayList<>();
    for (Threshold.Direction direction : Threshold.Direction.values()) {
      boolean below = direction == Threshold.Direction.BELOW;
      thresholds(code).stream()
          .filter(t -> t.direction() == direction)
          .sorted(Comparator.comparing(Threshold::level).reversed())
          .flatMap(
              t ->
                  Episode.longest(values, v -> crosses(t, v), below)
                      .filter(e -> e.length() >= needed)
                      .map(e -> episodeTrigger(p, t, e, start, periodMillis, values))
                      .stream())
          .findFirst()
          .ifPresent(triggers::add);
    }
    return triggers;
  }

  private AlarmTrigger episodeTrigger(
      MonitoredParameter p,
      Threshold t,
      Episode e,
      Instant start,
      double periodMillis,
      double[] values) {
    Instant at = start.plusNanos(Math.round(e.extreme() * periodMillis * 1_000_000));
    Instant from = start.plusNanos(Math.round(e.first() * periodMillis * 1_000_000));
    long minutes = Math.round(e.length() * periodMillis / 60_000);
    AlarmTrigger point = thresholdTrigger(p, t, new Point(at, values[e.extreme()]));
    return new AlarmTrigger(
        point.ruleKey(),
        point.kind(),
        point.level(),
        point.parameter(),
        point.value(),
        point.unit(),
        point.limit(),
        point.explanationIt()
            + ", per %d minuti dalle %s"
                .formatted(minutes, WHEN_IT.format(from.atZone(Italy.ZONE))),
        point.explanationEn()
            + ", for %d minutes from %s"
                .formatted(minutes, WHEN_EN.format(from.atZone(Italy.ZONE))),
        at);
  }

  /** The missing-data rules of the protocol. */
  public List<TrendRule> missingDataRules() {
    return protocol.trendRules().stream().filter(r -> r.kind() == TrendRule.Kind.MISSING).toList();
  }

  /**
   * A missing-data rule met at {@code now}: no reading since {@code last} (null: none since
   * monitoring began at {@code since}) for longer than the rule's window.
   */
  public Optional<AlarmTrigger> missing(TrendRule rule, Instant last, Instant since, Instant now) {
    Instant from = last != null ? last : since;
    if (Duration.between(from, now).compareTo(rule.window()) < 0) {
      return Optional.empty();
    }
    MonitoredParameter p = parameter(rule.parameter()).orElseThrow();
    String hours = Long.toString(Duration.between(from, now).toHours());
    String it =
        "Nessuna misura di %s da %s ore (%s %s) — %s"
            .formatted(
                p.name().it().toLowerCase(Locale.ITALIAN),
                hours,
                last != null ? "ultima:" : "monitoraggio dal",
                WHEN_IT.format(from.atZone(Italy.ZONE)),
                rule.label().it());
    String en =
        "No %s reading for %s hours (%s %s) — %s"
            .formatted(
                p.name().en().toLowerCase(Locale.ENGLISH),
                hours,
                last != null ? "last:" : "monitored since",
                WHEN_EN.format(from.atZone(Italy.ZONE)),
                rule.label().en());
    return Optional.of(
        new AlarmTrigger(
            ruleKey("missing", rule.id()),
            Alarm.Kind.MISSING,
            rule.level(),
            rule.parameter(),
            null,
            p.unit(),
            null,
            it,
            en,
            now));
  }

  private static boolean crosses(Threshold t, double value) {
    return t.direction() == Threshold.Direction.ABOVE ? value >= t.value() : value <= t.value();
  }

  private AlarmTrigger thresholdTrigger(MonitoredParameter p, Threshold t, Point reading) {
    boolean above = t.direction() == Threshold.Direction.ABOVE;
    String source = isPersonalised(t) ? "personalizzata nel piano" : "del protocollo";
    String sourceEn = isPersonalised(t) ? "personalised in the plan" : "protocol default";
    String it =
        "%s %s il %s: %s soglia di %s di %s (%s)"
            .formatted(
                p.name().it(),
                quantity(italian(reading.value()), p.unit()),
                WHEN_IT.format(reading.at().atZone(Italy.ZONE)),
                above ? "pari o superiore alla" : "pari o inferiore alla",
                levelName(t.level()),
                quantity(italian(t.value()), p.unit()),
                source);
    String en =
        "%s %s at %s: %s the %s threshold of %s (%s)"
            .formatted(
                p.name().en(),
                quantity(english(reading.value()), p.unit()),
                WHEN_EN.format(reading.at().atZone(Italy.ZONE)),
                above ? "at or above" : "at or below",
                t.level().name().toLowerCase(Locale.ENGLISH),
                quantity(english(t.value()), p.unit()),
                sourceEn);
    return new AlarmTrigger(
        ruleKey("threshold", p.code() + ":" + t.direction()),
        Alarm.Kind.THRESHOLD,
        t.level(),
        p.code(),
        reading.value(),
        p.unit(),
        t.value(),
        it,
        en,
        reading.at());
  }

  private Optional<AlarmTrigger> trend(
      MonitoredParameter p, TrendRule rule, Point reading, List<Point> series) {
    Instant from = reading.at().minus(rule.window());
    boolean rise = rule.kind() == TrendRule.Kind.RISE;
    Optional<Point> reference =
        series.stream()
            .filter(s -> s.at().isBefore(reading.at()) && !s.at().isBefore(from))
            .min(
                rise
                    ? Comparator.comparingDouble(Point::value)
                    : Comparator.comparingDouble(Point::value).reversed());
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    double change = reading.value() - reference.get().value();
    if (rise ? change < rule.amount() : -change < rule.amount()) {
      return Optional.empty();
    }
    long hours = Duration.between(reference.get().at(), reading.at()).toHours();
    String it =
        "%s %s il %s: %s%s in %d ore (da %s del %s) — %s"
            .formatted(
                p.name().it(),
                quantity(italian(reading.value()), p.unit()),
                WHEN_IT.format(reading.at().atZone(Italy.ZONE)),
                change >= 0 ? "+" : "",
                quantity(italian(change), p.unit()),
                hours,
                quantity(italian(reference.get().value()), p.unit()),
                WHEN_IT.format(reference.get().at().atZone(Italy.ZONE)),
                rule.label().it());
    String en =
        "%s %s at %s: %s%s in %d hours (from %s at %s) — %s"
            .formatted(
                p.name().en(),
                quantity(english(reading.value()), p.unit()),
                WHEN_EN.format(reading.at().atZone(Italy.ZONE)),
                change >= 0 ? "+" : "",
                quantity(english(change), p.unit()),
                hours,
                quantity(english(reference.get().value()), p.unit()),
                WHEN_EN.format(reference.get().at().atZone(Italy.ZONE)),
                rule.label().en());
    return Optional.of(
        new AlarmTrigger(
            ruleKey("trend", rule.id()),
            Alarm.Kind.TREND,
            rule.level(),
            p.code(),
            reading.value(),
            p.unit(),
            rule.amount(),
            it,
            en,
            reading.at()));
  }

  private String ruleKey(String kind, String rule) {
    return kind + ":" + protocol.id() + ":" + rule;
  }

  /** The Italian name of a level, as explanations and the home-care record write it. */
  public static String levelName(AlarmLevel level) {
    return switch (level) {
      case ATTENTION -> "attenzione";
      case ALARM -> "allarme";
      case CRITICAL -> "criticità";
    };
  }

  /**
   * A number with its unit as people read it. A UCUM unit that is only an annotation, such as
   * {@code {#}} for the shocks a defibrillator delivered, counts things: the number stands alone.
   */
  private static String quantity(String number, String unit) {
    return UnitSymbols.quantity(number, unit);
  }

  private static String italian(double v) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ITALIAN)).format(v);
  }

  private static String english(double v) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
  }
}

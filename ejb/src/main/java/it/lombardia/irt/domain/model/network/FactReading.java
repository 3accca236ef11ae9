package it.lombardia.irt.domain.model.network;

import it.lombardia.irt.spi.content.Criterion;
import it.lombardia.irt.spi.content.Criterion.FactType;
import it.lombardia.irt.spi.content.Label;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A patient's fact read by the type its criterion declares, and the words that show it and the
 * criterion's expectation to users. Anything not of the type (a yes/no fact answered "maybe", a
 * number written in words) reads as no value at all, so that it is asked again rather than taken
 * for an answer.
 *
 * @param value the fact as IRT compares it ({@code yes}/{@code no}, a choice's value, the number,
 *     the ISO date), or null
 */
record FactReading(String value, Double number, LocalDate date, Label label) {

  private static final FactReading NONE = new FactReading(null, null, null, null);
  private static final Label YES = new Label("Sì", "Yes");
  private static final Label NO = new Label("No", "No");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static FactReading read(Criterion c, String raw) {
    String text = raw == null ? "" : raw.trim();
    if (text.isEmpty()) {
      return NONE;
    }
    return switch (c.factType()) {
      case YES_NO -> yesNo(text);
      case CHOICE ->
          c.answers().stream()
              .filter(a -> a.value().equalsIgnoreCase(text))
              .findFirst()
              .map(a -> new FactReading(a.value(), null, null, a.label()))
              // a plug-in that declares no choices (SPI < 1.4) does not list every answer
              .orElse(
                  c.choices().isEmpty()
                      ? new FactReading(text, null, null, new Label(text, text))
                      : NONE);
      case NUMBER -> number(c, text);
      case DATE -> date(text);
    };
  }

  /** What the criterion expects, in words: "Sì", "II o III", "≥ 18 anni", "dal 05/12/2025". */
  static Label expectation(Criterion c) {
    return switch (c.factType()) {
      case YES_NO ->
          c.operator() == Criterion.Operator.ABSENT
                  || (c.operator() == Criterion.Operator.EQUALS
                      && Criterion.NO.equals(yesNo(c.values().get(0)).value()))
              ? NO
              : YES;
      case CHOICE -> {
        List<Label> accepted =
            c.values().stream()
                .map(
                    v ->
                        c.answers().stream()
                            .filter(a -> a.value().equalsIgnoreCase(v))
                            .map(Criterion.Choice::label)
                            .findFirst()
                            .orElse(new Label(v, v)))
                .toList();
        yield new Label(join(accepted, true), join(accepted, false));
      }
      case NUMBER, DATE -> bound(c);
    };
  }

  private static Label bound(Criterion c) {
    if (c.operator() == Criterion.Operator.PRESENT) {
      return new Label("registrato", "recorded");
    }
    String sign = c.operator() == Criterion.Operator.AT_LEAST ? "≥ " : "≤ ";
    String value = c.values().get(0);
    if (c.factType() == FactType.DATE) {
      String it = c.operator() == Criterion.Operator.AT_LEAST ? "dal " : "fino al ";
      String en = c.operator() == Criterion.Operator.AT_LEAST ? "from " : "until ";
      if (value.startsWith("P")) {
        Label period = period(java.time.Period.parse(value));
        return c.operator() == Criterion.Operator.AT_LEAST
            ? new Label("negli ultimi " + period.it(), "in the last " + period.en())
            : new Label("prima degli ultimi " + period.it(), "before the last " + period.en());
      }
      String shown = LocalDate.parse(value).format(SHOWN);
      return new Label(it + shown, en + shown);
    }
    Label unit = unit(c);
    return new Label(
        sign + value + (unit == null ? "" : " " + unit.it()),
        sign + value + (unit == null ? "" : " " + unit.en()));
  }

  /** A yes/no answer as IRT stores it ({@code true} is yes), or no reading. */
  static FactReading yesNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "sì", "si", "true" -> new FactReading(Criterion.YES, null, null, YES);
      case "no", "false" -> new FactReading(Criterion.NO, null, null, NO);
      default -> NONE;
    };
  }

  private static FactReading number(Criterion c, String text) {
    try {
      BigDecimal n = new BigDecimal(text.replace(',', '.'));
      String shown = n.stripTrailingZeros().toPlainString();
      Label unit = unit(c);
      return new FactReading(
          shown,
          n.doubleValue(),
          null,
          new Label(
              shown.replace('.', ',') + (unit == null ? "" : " " + unit.it()),
              shown + (unit == null ? "" : " " + unit.en())));
    } catch (NumberFormatException e) {
      return NONE;
    }
  }

  private static FactReading date(String text) {
    try {
      LocalDate d = text.contains("/") ? LocalDate.parse(text, SHOWN) : LocalDate.parse(text);
      String shown = d.format(SHOWN);
      return new FactReading(d.toString(), null, d, new Label(shown, shown));
    } catch (DateTimeParseException e) {
      return NONE;
    }
  }

  private static Label period(java.time.Period p) {
    if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
      return new Label(p.getYears() + " anni", p.getYears() + " years");
    }
    if (p.getDays() == 0) {
      long months = p.toTotalMonths();
      return new Label(months + " mesi", months + " months");
    }
    return p.toTotalMonths() == 0
        ? new Label(p.getDays() + " giorni", p.getDays() + " days")
        : new Label(p.toString(), p.toString());
  }

  private static Label unit(Criterion c) {
    return CriterionUnits.name(c.unit());
  }

  private static String join(List<Label> labels, boolean italian) {
    List<String> texts = labels.stream().map(l -> italian ? l.it() : l.en()).toList();
    if (texts.size() < 2) {
      return String.join("", texts);
    }
    return texts.subList(0, texts.size() - 1).stream().collect(Collectors.joining(", "))
        + (italian ? " o " : " or ")
        + texts.get(texts.size() - 1);
  }
}

package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateAndListParam;
import ca.uhn.fhir.rest.param.DateOrListParam;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.search.TimeCriteria;
import it.lombardia.irt.application.search.TimeCriteria.Interval;
import it.lombardia.irt.domain.model.shared.Italy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * The values of FHIR search parameters as R4 defines them, for the services a search calls. What
 * IRT does not implement — a chain, a modifier, {@code :missing}, the prefix {@code ap} — is a 400,
 * never ignored.
 */
final class SearchCriteria {

  private SearchCriteria() {}

  /** The patient of {@code patient=[Patient/]{id}}. */
  static long patientId(String name, ReferenceParam patient) {
    if (patient.getChain() != null || patient.getMissing() != null) {
      throw new InvalidRequestException(name + " takes Patient/{id}: no chain, no :missing");
    }
    String type = patient.getResourceType();
    if ((type != null && !type.equals("Patient")) || !patient.getIdPart().matches("\\d{1,18}")) {
      throw new InvalidRequestException(name + " must be Patient/{id}");
    }
    return Long.parseLong(patient.getIdPart());
  }

  /**
   * The values a token search may match: null without the parameter (any), else those of its
   * alternatives whose system is the one {@code systemOf} gives the value — {@code code} alone
   * matches in any system, {@code system|code} only in that system, {@code |code} only without a
   * system, which IRT never stores. Empty: nothing can match.
   */
  static List<String> tokens(
      String name, TokenOrListParam tokens, Function<String, String> systemOf) {
    if (tokens == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (TokenParam token : tokens.getValuesAsQueryTokens()) {
      if (token.getModifier() != null || token.getMissing() != null) {
        throw new InvalidRequestException(name + " takes [system|]code, without modifiers");
      }
      if (token.getValue() == null || token.getValue().isBlank()) {
        throw new InvalidRequestException(name + " needs a code");
      }
      if (token.getSystem() == null || token.getSystem().equals(systemOf.apply(token.getValue()))) {
        values.add(token.getValue());
      }
    }
    return values;
  }

  /**
   * The conditions of a date search on a point in time: every {@code date} parameter must hold,
   * each being met by any of its comma-separated values. A value is the range its precision spans
   * (a day, in Italian time, when it has no time; a time needs its zone): {@code eq} within it,
   * {@code ne} outside, {@code lt} and {@code eb} before it, {@code le} before its end, {@code gt}
   * and {@code sa} after it, {@code ge} from its start.
   */
  static TimeCriteria times(String name, DateAndListParam date) {
    if (date == null) {
      return TimeCriteria.ANY;
    }
    List<List<Interval>> all = new ArrayList<>();
    for (DateOrListParam alternatives : date.getValuesAsQueryTokens()) {
      List<Interval> union = new ArrayList<>();
      for (DateParam value : alternatives.getValuesAsQueryTokens()) {
        union.addAll(intervals(name, value));
      }
      all.add(union);
    }
    return new TimeCriteria(all);
  }

  private static List<Interval> intervals(String name, DateParam param) {
    if (param.getMissing() != null) {
      throw new InvalidRequestException(name + ":missing is not supported");
    }
    Instant[] range = range(name, param.getValueAsString());
    Instant start = range[0];
    Instant end = range[1];
    ParamPrefixEnum prefix = param.getPrefix() == null ? ParamPrefixEnum.EQUAL : param.getPrefix();
    return switch (prefix) {
      case EQUAL -> List.of(new Interval(start, end));
      case NOT_EQUAL -> List.of(new Interval(null, start), new Interval(end, null));
      case LESSTHAN, ENDS_BEFORE -> List.of(new Interval(null, start));
      case LESSTHAN_OR_EQUALS -> List.of(new Interval(null, end));
      case GREATERTHAN, STARTS_AFTER -> List.of(new Interval(end, null));
      case GREATERTHAN_OR_EQUALS -> List.of(new Interval(start, null));
      case APPROXIMATE ->
          throw new InvalidRequestException(
              name + ": the prefix ap (approximately) is not supported; use ge and le");
    };
  }

  /** [start, end) of a search value at its precision. */
  private static Instant[] range(String name, String text) {
    DateTimeType value;
    try {
      value = new DateTimeType(text);
    } catch (RuntimeException e) {
      throw new InvalidRequestException(name + ": '" + text + "' is not a FHIR date or dateTime");
    }
    TemporalPrecisionEnum precision = value.getPrecision();
    if (precision.ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
      ZonedDateTime start =
          LocalDate.of(
                  value.getYear(),
                  precision == TemporalPrecisionEnum.YEAR ? 1 : value.getMonth() + 1,
                  precision == TemporalPrecisionEnum.DAY ? value.getDay() : 1)
              .atStartOfDay(Italy.ZONE);
      ZonedDateTime end =
          switch (precision) {
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            default -> start.plusDays(1);
          };
      return new Instant[] {start.toInstant(), end.toInstant()};
    }
    if (value.getTimeZone() == null) {
      throw new InvalidRequestException(name + ": a time needs its zone, e.g. " + text + "+01:00");
    }
    Instant start = value.getValue().toInstant();
    Duration step =
        switch (precision) {
          case MINUTE -> Duration.ofMinutes(1);
          case SECOND -> Duration.ofSeconds(1);
          default -> Duration.ofMillis(1);
        };
    return new Instant[] {start, start.plus(step)};
  }
}

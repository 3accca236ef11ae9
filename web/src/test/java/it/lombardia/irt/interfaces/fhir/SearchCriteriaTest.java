package it.lombardia.irt.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.rest.param.DateAndListParam;
import ca.uhn.fhir.rest.param.DateOrListParam;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.search.TimeCriteria.Interval;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

  private static final Instant T = Instant.parse("2026-12-04T08:00:00Z");
  private static final Instant T1 = T.plusSeconds(1);

  private static List<Interval> of(String value) {
    return SearchCriteria.times(
            "date", new DateAndListParam().addAnd(new DateOrListParam().add(new DateParam(value))))
        .all()
        .get(0);
  }

  @Test
  void eachPrefixIsTheRangeItNamesAtTheValuesPrecision() {
    assertEquals(List.of(new Interval(T, T1)), of("2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(T, T1)), of("eq2026-12-04T08:00:00Z"));
    assertEquals(
        List.of(new Interval(null, T), new Interval(T1, null)), of("ne2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(null, T)), of("lt2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(null, T)), of("eb2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(null, T1)), of("le2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(T1, null)), of("gt2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(T1, null)), of("sa2026-12-04T08:00:00Z"));
    assertEquals(List.of(new Interval(T, null)), of("ge2026-12-04T08:00:00Z"));
  }

  @Test
  void aDateIsAnItalianDayAndAMonthItsDays() {
    assertEquals(
        List.of(
            new Interval(
                Instant.parse("2026-12-03T23:00:00Z"), Instant.parse("2026-12-04T23:00:00Z"))),
        of("2026-12-04"));
    assertEquals(
        List.of(
            new Interval(
                Instant.parse("2026-06-30T22:00:00Z"), Instant.parse("2026-07-31T22:00:00Z"))),
        of("2026-07"));
  }

  @Test
  void approximatelyATimeWithoutZoneAndModifiersAreRefused() {
    assertThrows(InvalidRequestException.class, () -> of("ap2026-12-04"));
    assertThrows(InvalidRequestException.class, () -> of("2026-12-04T08:00:00"));
    TokenOrListParam text = new TokenOrListParam();
    text.add(
        new ca.uhn.fhir.rest.param.TokenParam("weight")
            .setModifier(ca.uhn.fhir.rest.param.TokenParamModifier.TEXT));
    assertThrows(
        InvalidRequestException.class, () -> SearchCriteria.tokens("code", text, c -> "s"));
  }

  @Test
  void aTokenMatchesInItsOwnSystemOnly() {
    TokenOrListParam tokens =
        new TokenOrListParam()
            .add("http://loinc.org", "29463-7")
            .add(null, "8867-4")
            .add("http://other.org", "2708-6")
            .add("", "9279-1");
    assertEquals(
        List.of("29463-7", "8867-4"),
        SearchCriteria.tokens("code", tokens, c -> "http://loinc.org"));
  }
}

package it.lombardia.irt.domain.model.encounter;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number of an electronic prescription (Numero di Ricetta Elettronica, DM 2 November 2011): 15
 * characters — the region's code (3 digits), two characters given by the national acceptance
 * system, the batch identifier (1 character) and the batch and protocol number (9 digits).
 */
public final class Nre {

  private static final Pattern FORMAT = Pattern.compile("(\\d{3})[0-9A-Z]{2}[0-9A-Z]\\d{9}");

  /** The regions' and autonomous provinces' codes (Lombardia is 030). */
  private static final Set<String> REGIONS =
      Set.of(
          "010", "020", "030", "041", "042", "050", "060", "070", "080", "090", "100", "110", "120",
          "130", "140", "150", "160", "170", "180", "190", "200");

  private Nre() {}

  /** Whether {@code value} (spaces ignored, any case) has the NRE's format and a region's code. */
  public static boolean isValid(String value) {
    String nre = normalise(value);
    var matcher = FORMAT.matcher(nre);
    return matcher.matches() && REGIONS.contains(matcher.group(1));
  }

  /** The NRE as stored: upper case, without spaces. */
  public static String normalise(String value) {
    return value == null ? "" : value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }
}

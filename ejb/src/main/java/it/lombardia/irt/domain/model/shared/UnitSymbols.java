package it.lombardia.irt.domain.model.shared;

import java.util.Map;

/**
 * UCUM units as clinicians write them: {@code mm[Hg]} is "mmHg", {@code Cel} "°C"; a count ({@code
 * {#}}) or an annotation in braces is left out of the reading.
 */
public final class UnitSymbols {

  private static final Map<String, String> SPECIAL = Map.of("Cel", "°C", "[degF]", "°F");

  private UnitSymbols() {}

  public static String readable(String ucum) {
    if (ucum == null) {
      return "";
    }
    String special = SPECIAL.get(ucum);
    if (special != null) {
      return special;
    }
    return ucum.replaceAll("\\{[^}]*}", "").replace("[", "").replace("]", "").strip();
  }

  /** A number with its readable unit: "89 %", "120 mmHg", "7" for a count. */
  public static String quantity(String number, String ucum) {
    String unit = readable(ucum);
    return unit.isEmpty() ? number : number + " " + unit;
  }
}

package it.lombardia.irt.domain.model.network;

import it.lombardia.irt.spi.content.Label;
import java.util.Map;

/** The words for the UCUM units of criteria's number facts ({@code a} is "anni", "years"). */
public final class CriterionUnits {

  private static final Map<String, Label> NAMES =
      Map.of(
          "a", new Label("anni", "years"),
          "mo", new Label("mesi", "months"),
          "wk", new Label("settimane", "weeks"),
          "d", new Label("giorni", "days"),
          "h/d", new Label("ore al giorno", "hours a day"),
          "/a", new Label("all'anno", "a year"),
          "%", new Label("%", "%"));

  private CriterionUnits() {}

  /** The unit's name, the UCUM code itself when it has none here, or null for no unit. */
  public static Label name(String ucum) {
    return ucum == null ? null : NAMES.getOrDefault(ucum, new Label(ucum, ucum));
  }
}

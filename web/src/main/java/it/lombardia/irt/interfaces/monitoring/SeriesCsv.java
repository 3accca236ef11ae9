package it.lombardia.irt.interfaces.monitoring;

import it.lombardia.irt.application.monitoring.ContinuousReadings;
import it.lombardia.irt.domain.model.shared.Italy;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The points of a continuous series as a CSV file a spreadsheet opens in the reader's language:
 * semicolon-separated, the time in Italian time ({@code 23/11/2026 02:10:00} in Italian, ISO in
 * English), the value in the protocol's unit with the language's decimal mark, an error point
 * empty.
 */
final class SeriesCsv {

  private SeriesCsv() {}

  static byte[] of(ContinuousReadings.Points points, String valueHeader, Locale locale) {
    boolean italian = "it".equals(locale.getLanguage());
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern(italian ? "dd/MM/yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss");
    DecimalFormat number = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
    StringBuilder csv =
        new StringBuilder(italian ? "Data e ora" : "Time").append(';').append(valueHeader);
    double[] values = points.values();
    for (int i = 0; i < values.length; i++) {
      csv.append("\r\n")
          .append(when.format(points.at(i).atZone(Italy.ZONE)))
          .append(';')
          .append(Double.isNaN(values[i]) ? "" : number.format(values[i]));
    }
    return csv.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}

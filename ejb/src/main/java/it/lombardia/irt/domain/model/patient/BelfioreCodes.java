package it.lombardia.irt.domain.model.patient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Belfiore codes of Italian municipalities and foreign states, read once from the list shipped
 * in the application ({@code belfiore/codes.tsv}; its README names the source and date). A code
 * that several names share (a municipality renamed) resolves to the current name.
 */
public final class BelfioreCodes {

  private static final Map<String, BirthPlace> PLACES = load();

  private BelfioreCodes() {}

  public static Optional<BirthPlace> find(String code) {
    return Optional.ofNullable(code == null ? null : PLACES.get(code.toUpperCase(Locale.ROOT)));
  }

  public static int size() {
    return PLACES.size();
  }

  private static Map<String, BirthPlace> load() {
    Map<String, BirthPlace> places = new HashMap<>();
    try (InputStream in = BelfioreCodes.class.getResourceAsStream("/belfiore/codes.tsv");
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(
                    java.util.Objects.requireNonNull(in, "belfiore/codes.tsv is missing"),
                    StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        BirthPlace place = new BirthPlace(f[0], titleCase(f[2]), f[1], "1".equals(f[3]));
        places.merge(place.code(), place, (old, next) -> old.current() ? old : next);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(places);
  }

  /**
   * "SAN DONATO MILANESE" as "San Donato Milanese", "STATI UNITI D'AMERICA" as "Stati Uniti
   * D'America".
   */
  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toLowerCase(Locale.ITALIAN).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '\'' || c == '(' || c == '/';
    }
    return out.toString();
  }
}

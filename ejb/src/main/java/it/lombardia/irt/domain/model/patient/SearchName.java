package it.lombardia.irt.domain.model.patient;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A patient's name as the patient search compares it: upper case, without accents, apostrophes,
 * spaces or hyphens ("D'Amico Nicolò" is {@code DAMICO NICOLO}), surname then name. A query is
 * split into terms normalised the same way, so "damico", "d'amico nicolo" and "Nicolò D'Amico" all
 * find that patient, and a codice fiscale (or part of it) is matched in upper case.
 */
public final class SearchName {

  /** Terms beyond these are ignored: a name and a surname rarely need more. */
  public static final int MAX_TERMS = 4;

  private SearchName() {}

  /** The key stored with a patient: surname and name, each normalised, one space between. */
  public static String of(String familyName, String givenName) {
    return normalise(familyName) + " " + normalise(givenName);
  }

  /** Letters and digits only, upper case, accents taken off ("Nicolò" → {@code NICOLO}). */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String withoutAccents =
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return withoutAccents.replaceAll("[^\\p{L}\\p{N}]+", "").toUpperCase(Locale.ROOT);
  }

  /**
   * The terms of a query, each normalised, at most {@link #MAX_TERMS}; a patient matches when every
   * term is in their {@link #of key} or codice fiscale.
   */
  public static List<String> terms(String query) {
    if (query == null) {
      return List.of();
    }
    return Arrays.stream(query.trim().split("\\s+"))
        .map(SearchName::normalise)
        .filter(term -> !term.isEmpty())
        .limit(MAX_TERMS)
        .toList();
  }
}

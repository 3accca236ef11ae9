package it.lombardia.irt.application.search;

import java.util.List;

/** One page of a search's results and how many results there are in all. */
public record ResultPage<T>(List<T> items, long total) {

  public static <T> ResultPage<T> empty() {
    return new ResultPage<>(List.of(), 0);
  }
}

package it.lombardia.irt.application.search;

/**
 * A window of a search's results: skip {@code offset}, at most {@code limit}, in time order (oldest
 * or newest first; the id breaks ties, so the order — and each page — is the same however often it
 * is asked for).
 */
public record PageRequest(int offset, int limit, boolean newestFirst) {

  public PageRequest {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
    }
  }

  /** {@code ORDER BY} of JPQL over {@code time} then {@code id}, in this request's direction. */
  public String orderBy(String time, String id) {
    String direction = newestFirst ? " desc" : "";
    return " order by " + time + direction + ", " + id + direction;
  }
}

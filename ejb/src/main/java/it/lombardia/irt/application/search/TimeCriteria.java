package it.lombardia.irt.application.search;

import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/**
 * Conditions on an instant, as a FHIR date search states them: each condition is a union of
 * half-open intervals [from, to) — either end may be open (null) — and every condition must hold.
 * {@code ne} is the union of the two intervals around the value; no condition at all is {@link
 * #ANY}.
 */
public record TimeCriteria(List<List<Interval>> all) {

  /** [from, to), an open end null. */
  public record Interval(Instant from, Instant to) {}

  public static final TimeCriteria ANY = new TimeCriteria(List.of());

  public TimeCriteria {
    all = all.stream().map(List::copyOf).toList();
  }

  /**
   * The JPQL conditions on {@code path}, each preceded by {@code and}; bind them with {@link
   * #bind}.
   */
  public String jpql(String path) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      where.append(" and (");
      List<Interval> union = all.get(i);
      if (union.isEmpty()) {
        where.append("1 = 0");
      }
      for (int j = 0; j < union.size(); j++) {
        Interval interval = union.get(j);
        where.append(j == 0 ? "(" : " or (");
        where.append(interval.from() == null ? "1 = 1" : path + " >= :t" + i + "_" + j + "f");
        if (interval.to() != null) {
          where.append(" and ").append(path).append(" < :t").append(i).append('_').append(j);
          where.append('t');
        }
        where.append(')');
      }
      where.append(')');
    }
    return where.toString();
  }

  /** Binds the parameters of {@link #jpql} on {@code query}. */
  public void bind(Query query) {
    for (int i = 0; i < all.size(); i++) {
      List<Interval> union = all.get(i);
      for (int j = 0; j < union.size(); j++) {
        if (union.get(j).from() != null) {
          query.setParameter("t" + i + "_" + j + "f", union.get(j).from());
        }
        if (union.get(j).to() != null) {
          query.setParameter("t" + i + "_" + j + "t", union.get(j).to());
        }
      }
    }
  }
}

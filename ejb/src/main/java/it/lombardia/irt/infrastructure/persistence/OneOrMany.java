package it.lombardia.irt.infrastructure.persistence;

import java.util.List;

/**
 * A JPQL condition matching one value or any of a list, written {@code =} for a single value:
 * Hibernate caches the plan of a query with plain parameters, while a list parameter makes it
 * translate the query again on every execution — a cost that a single reading's hot path paid on
 * each of its lookups.
 *
 * @param condition e.g. {@code m.identifierValue = :v} or {@code m.identifierValue in :v}
 * @param value what to bind to the parameter: the single value, or the list
 */
public record OneOrMany(String condition, Object value) {

  public static OneOrMany of(String path, String parameter, List<?> values) {
    return values.size() == 1
        ? new OneOrMany(path + " = :" + parameter, values.get(0))
        : new OneOrMany(path + " in :" + parameter, values);
  }
}

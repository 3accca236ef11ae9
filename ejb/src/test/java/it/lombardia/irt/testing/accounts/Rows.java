package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.Ids;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table in memory: rows numbered on insert as the database's identity column does, and a
 * tenant-owned row without its ASST given the caller's, as Hibernate's {@code @TenantId} does.
 */
public final class Rows<T> {

  public final List<T> rows = new ArrayList<>();
  private final Function<T, Long> id;
  private long nextId = 1;

  public Rows(Function<T, Long> id) {
    this.id = id;
  }

  public void insert(T row) {
    if (row instanceof TenantOwnedEntity owned && owned.getTenantCode() == null) {
      ownedByCaller(owned);
    }
    rows.add(Ids.withId(row, nextId++));
  }

  private static void ownedByCaller(TenantOwnedEntity row) {
    try {
      Field tenant = TenantOwnedEntity.class.getDeclaredField("tenantCode");
      tenant.setAccessible(true);
      tenant.set(row, CallContext.requireActor().tenantCode());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<T> byId(long wanted) {
    return first(r -> id.apply(r) == wanted);
  }

  public Optional<T> first(Predicate<T> condition) {
    return rows.stream().filter(condition).findFirst();
  }

  public List<T> where(Predicate<T> condition, Comparator<T> order) {
    return rows.stream().filter(condition).sorted(order).toList();
  }
}

package it.lombardia.irt.testing;

import java.lang.reflect.Field;

/** Entity ids for tests without a database. */
public final class Ids {

  private Ids() {}

  /** The entity with the id the database would have given it. */
  public static <T> T withId(T entity, long value) {
    try {
      Field id = entity.getClass().getDeclaredField("id");
      id.setAccessible(true);
      id.set(entity, value);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

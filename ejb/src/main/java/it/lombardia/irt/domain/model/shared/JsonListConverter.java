package it.lombardia.irt.domain.model.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of small value records stored as one JSON column: they are always read and written with
 * their owner, and audited with it by Envers as one column.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final Type listType;

  protected JsonListConverter(Class<T> element) {
    this.listType =
        new ParameterizedType() {
          @Override
          public Type[] getActualTypeArguments() {
            return new Type[] {element};
          }

          @Override
          public Type getRawType() {
            return List.class;
          }

          @Override
          public Type getOwnerType() {
            return null;
          }
        };
  }

  @Override
  public String convertToDatabaseColumn(List<T> values) {
    return JSONB.toJson(values == null ? List.of() : values, listType);
  }

  @Override
  public List<T> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return new ArrayList<>();
    }
    List<T> values = JSONB.fromJson(column, listType);
    return new ArrayList<>(values);
  }
}

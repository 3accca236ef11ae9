package it.lombardia.irt.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum constants as one column of their names, e.g. {@code TELEVISIT,TELECONSULT}. */
public abstract class EnumSetConverter<E extends Enum<E>>
    implements AttributeConverter<Set<E>, String> {

  private final Class<E> type;

  protected EnumSetConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> values) {
    return values == null
        ? ""
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::trim)
          .map(name -> Enum.valueOf(type, name))
          .forEach(values::add);
    }
    return values;
  }
}

package it.lombardia.irt.domain.model.shared;

import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of telemedicine services as one column, e.g. {@code TELEVISIT,TELEMONITORING_LEVEL_1}. */
@Converter
public class ServiceSetConverter implements AttributeConverter<Set<TelemedicineService>, String> {

  @Override
  public String convertToDatabaseColumn(Set<TelemedicineService> services) {
    return services == null
        ? ""
        : services.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<TelemedicineService> convertToEntityAttribute(String column) {
    EnumSet<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::trim)
          .map(TelemedicineService::valueOf)
          .forEach(services::add);
    }
    return services;
  }
}

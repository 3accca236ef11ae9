package it.lombardia.irt.domain.model.shared;

import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.Converter;

/** A set of telemedicine services as one column, e.g. {@code TELEVISIT,TELEMONITORING_LEVEL_1}. */
@Converter
public class ServiceSetConverter extends EnumSetConverter<TelemedicineService> {

  public ServiceSetConverter() {
    super(TelemedicineService.class);
  }
}

package it.lombardia.irt.domain.model.notification;

import it.lombardia.irt.domain.model.shared.EnumSetConverter;
import jakarta.persistence.Converter;

/** A set of topics as one column, e.g. {@code ALARMS,BOOKINGS}. */
@Converter
public class TopicSetConverter extends EnumSetConverter<Topic> {

  public TopicSetConverter() {
    super(Topic.class);
  }
}

package it.lombardia.irt.domain.model.shared;

import java.time.ZoneId;

/** Where the ASSTs are: days, hours and slots are Italian civil time. */
public final class Italy {

  public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private Italy() {}
}

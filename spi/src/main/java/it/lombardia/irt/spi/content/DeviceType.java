package it.lombardia.irt.spi.content;

import java.util.List;

/**
 * A kind of device in the network's catalog.
 *
 * @param parameters codes (LOINC or MDC, as {@link MonitoredParameter#code()}) of what it measures
 * @param mdrClass EU MDR risk class: {@code I}, {@code IIa}, {@code IIb} or {@code III}
 */
public record DeviceType(
    String id,
    Label name,
    List<String> parameters,
    Connectivity connectivity,
    String mdrClass,
    MonitoringLevel level) {

  /** How readings reach IRT. */
  public enum Connectivity {
    BLUETOOTH_GATEWAY,
    CELLULAR,
    WIFI,
    MANUAL_ENTRY,
    VENDOR_PLATFORM
  }

  /**
   * Telemonitoring level 1 (ASST devices at home) or 2 (implantables, data from vendor platforms).
   */
  public enum MonitoringLevel {
    LEVEL_1,
    LEVEL_2
  }
}

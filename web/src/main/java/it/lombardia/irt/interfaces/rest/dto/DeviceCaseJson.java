package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.helpdesk.DeviceCase;
import java.util.List;

/** The devices of a device-at-home ticket (see {@link DeviceCase}). */
public record DeviceCaseJson(DeviceJson device, DeviceJson replacement, List<DeviceJson> stock) {

  public static DeviceCaseJson of(DeviceCase c) {
    return new DeviceCaseJson(
        c.device() == null ? null : DeviceJson.of(c.device()),
        c.replacement() == null ? null : DeviceJson.of(c.replacement()),
        c.stock().stream().map(DeviceJson::of).toList());
  }
}

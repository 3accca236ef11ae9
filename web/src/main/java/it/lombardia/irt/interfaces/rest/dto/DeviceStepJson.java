package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceStep;
import java.time.Instant;

/** A {@link DeviceStep} as the REST API shows it. */
public record DeviceStepJson(
    String tenantCode,
    Long id,
    Long deviceId,
    Device.Status status,
    Long patientId,
    String place,
    String note,
    String doneBy,
    Instant doneAt) {

  public static DeviceStepJson of(DeviceStep x) {
    return new DeviceStepJson(
        x.getTenantCode(),
        x.getId(),
        x.getDeviceId(),
        x.getStatus(),
        x.getPatientId(),
        x.getPlace(),
        x.getNote(),
        x.getDoneBy(),
        x.getDoneAt());
  }
}

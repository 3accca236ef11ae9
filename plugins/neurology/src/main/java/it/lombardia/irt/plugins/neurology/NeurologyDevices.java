package it.lombardia.irt.plugins.neurology;

import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.BP_MONITOR;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.BP_PANEL;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.DIASTOLIC;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.HEART_RATE;
import static it.lombardia.irt.plugins.neurology.NeurologyPlugin.SYSTOLIC;

import it.lombardia.irt.spi.content.DeviceType;
import java.util.List;

/** The devices the neurology network uses. */
final class NeurologyDevices {

  private NeurologyDevices() {}

  static DeviceType bpMonitor() {
    return new DeviceType(
        BP_MONITOR,
        NeurologyContent.l(
            "Sfigmomanometro automatico da braccio validato, con rilevazione del battito"
                + " irregolare",
            "Validated automated upper-arm blood pressure monitor with irregular-heartbeat"
                + " detection"),
        List.of(BP_PANEL, SYSTOLIC, DIASTOLIC, HEART_RATE),
        DeviceType.Connectivity.BLUETOOTH_GATEWAY,
        "IIa",
        DeviceType.MonitoringLevel.LEVEL_1);
  }
}

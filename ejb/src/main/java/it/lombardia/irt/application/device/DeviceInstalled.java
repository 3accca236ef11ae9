package it.lombardia.irt.application.device;

import java.time.Instant;

/**
 * A device was installed at the patient's home (fired inside the step's transaction), so that
 * whoever waited for it — the help desk's replacement of a faulty device — completes its work.
 */
public record DeviceInstalled(long deviceId, Instant at) {}

package it.lombardia.irt.application.device;

import java.time.Instant;

/**
 * A device was installed at the patient's home (fired inside the step's transaction), so that
 * whoever waited for it — the help desk's replacement of a faulty device — completes its work.
 * {@code baseUrl} is IRT's public address ending "/" (for links in the messages that work sends),
 * {@code null} when the installation came without a request.
 */
public record DeviceInstalled(long deviceId, Instant at, String baseUrl) {}

package it.lombardia.irt.domain.model.helpdesk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * When a patient's installed devices need a proactive call: a device whose data went missing gets
 * one call task per gap — none while a task for it is still open, nor when one was already opened
 * since the data stopped (a task the operator closed is not reopened by the next check).
 */
public final class CallTasks {

  /** A call task already on the desk for one of the patient's devices. */
  public record Task(long deviceId, boolean open, Instant createdAt) {}

  private CallTasks() {}

  /**
   * The devices among {@code installed} to open a call task for, the data missing since {@code
   * gapStart}.
   */
  public static List<Long> toOpen(
      Collection<Long> installed, Collection<Task> existing, Instant gapStart) {
    return installed.stream()
        .filter(
            device ->
                existing.stream()
                    .noneMatch(
                        t ->
                            t.deviceId() == device
                                && (t.open() || !t.createdAt().isBefore(gapStart))))
        .toList();
  }
}

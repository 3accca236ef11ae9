package it.lombardia.irt.interfaces.home;

import it.lombardia.irt.application.outbox.OutboxFailures;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's home: what the ASST's outboxes could not deliver, each retried from its row.
 */
@Named
@ViewScoped
public class OutboxFailuresPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutboxFailures outboxes;

  private List<OutboxFailures.Failure> failures;

  public List<OutboxFailures.Failure> getFailures() {
    if (failures == null) {
      failures = outboxes.current();
    }
    return failures;
  }

  public void retry(OutboxFailures.Failure failure) {
    PageActions.attempt(() -> outboxes.retryNow(failure.kind(), failure.id()), "outbox.retried");
    failures = null;
  }
}

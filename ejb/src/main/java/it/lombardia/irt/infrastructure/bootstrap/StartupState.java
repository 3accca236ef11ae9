package it.lombardia.irt.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up finished (schema migrated, tenants loaded); read by the readiness check. */
@ApplicationScoped
public class StartupState {

  private volatile boolean ready;
  private volatile String problem = "starting";

  public boolean isReady() {
    return ready;
  }

  public String problem() {
    return problem;
  }

  void ready() {
    problem = null;
    ready = true;
  }

  void failed(String problem) {
    this.problem = problem;
    ready = false;
  }
}

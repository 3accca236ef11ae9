package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.security.LoginThrottles;
import it.lombardia.irt.domain.model.user.LoginThrottle;
import it.lombardia.irt.domain.model.user.LoginThrottleEvent;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The users page's throttled sign-ins: who is slowed down now, lifting it, and the audit trail. */
@Named
@ViewScoped
public class LoginThrottleList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LoginThrottles throttles;

  private List<LoginThrottle> rows;
  private List<LoginThrottleEvent> events;

  @PostConstruct
  void load() {
    rows = throttles.current();
    events = throttles.events();
  }

  public void lift(LoginThrottle throttle) {
    try {
      throttles.lift(throttle.getId());
      FacesMessages.info("throttles.lifted", throttle.getSubject());
    } catch (NotFoundException e) {
      // Lifted meanwhile by someone else: the reloaded list shows it gone.
    }
    load();
  }

  public List<LoginThrottle> getRows() {
    return rows;
  }

  public List<LoginThrottleEvent> getEvents() {
    return events;
  }
}

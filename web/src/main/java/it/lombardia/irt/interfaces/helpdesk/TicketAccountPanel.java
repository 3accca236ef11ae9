package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.AccountStatus;
import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.PublicAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The account panel of an application ticket's page, for the centre's operator: the requester's
 * account (never a password), and — once the operator ticks that they checked the caller's identity
 * — unlock it or have a password reset link e-mailed to it.
 */
@Named
@ViewScoped
public class TicketAccountPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketDesk desk;
  @Inject TicketPage page;
  @Inject PublicAddress publicAddress;

  private transient AccountStatus account;
  private transient boolean loaded;
  private boolean identityChecked;

  /** Whether the panel shows: the operator on an application ticket of a staff requester. */
  public boolean isShown() {
    Ticket ticket = page.getCurrent();
    return ticket != null
        && page.isOperator()
        && ticket.getCategory() == TicketCategory.APPLICATION
        && ticket.getRequesterKind() == Ticket.RequesterKind.STAFF;
  }

  /** The requester's account; null when they have none in the ticket's ASST. */
  public AccountStatus getAccount() {
    if (!loaded) {
      loaded = true;
      try {
        account = desk.account(page.getId());
      } catch (RuleViolation e) {
        account = null;
      }
    }
    return account;
  }

  public void unlock() {
    act(
        () -> page.show(desk.unlockAccount(page.getId(), identityChecked)),
        "tickets.account.unlocked");
  }

  public void startReset() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String base = publicAddress.base(request);
    act(
        () -> page.show(desk.startPasswordReset(page.getId(), identityChecked, base)),
        "tickets.account.resetSent");
  }

  private void act(Runnable action, String successKey) {
    if (PageActions.attempt(action, successKey)) {
      identityChecked = false;
      loaded = false;
    }
  }

  public boolean isIdentityChecked() {
    return identityChecked;
  }

  public void setIdentityChecked(boolean identityChecked) {
    this.identityChecked = identityChecked;
  }
}

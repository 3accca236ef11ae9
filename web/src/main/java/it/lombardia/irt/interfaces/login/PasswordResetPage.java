package it.lombardia.irt.interfaces.login;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.user.PasswordResets;
import it.lombardia.irt.application.user.ResetLinkRefusedException;
import it.lombardia.irt.interfaces.shell.ClientAddress;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The public page a password reset link opens, without logging in: the account's owner types the
 * new password twice; the link works once. A link that sets no password (unknown, used, expired,
 * superseded, or opened for another ASST) answers 410 Gone and names no account.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;

  private String tenantCode;
  private String token;
  private String username;
  private boolean refused;
  private boolean done;
  private String password;
  private String confirmation;

  public void load() {
    try {
      username = resets.username(tenantCode, token, ClientAddress.ofPage());
    } catch (ResetLinkRefusedException e) {
      refuse();
    }
  }

  public void submit() {
    if (password == null || !password.equals(confirmation)) {
      FacesMessages.error("reset.mismatch");
      return;
    }
    try {
      resets.complete(tenantCode, token, password, ClientAddress.ofPage());
      done = true;
      FacesMessages.info("reset.done");
    } catch (ResetLinkRefusedException e) {
      refuse();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } finally {
      password = null;
      confirmation = null;
    }
  }

  private void refuse() {
    refused = true;
    username = null;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
  }

  /** Whether the form is offered: the link works and has not been used on this page yet. */
  public boolean isOpen() {
    return username != null && !refused && !done;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public void setTenantCode(String tenantCode) {
    this.tenantCode = tenantCode;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getUsername() {
    return username;
  }

  public boolean isRefused() {
    return refused;
  }

  public boolean isDone() {
    return done;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}

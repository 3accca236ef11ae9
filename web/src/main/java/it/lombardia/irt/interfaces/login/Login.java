package it.lombardia.irt.interfaces.login;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import it.lombardia.irt.application.CurrentUser;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login page and logout. */
@Named
@RequestScoped
public class Login {

  private static final String HOME = "/app/home.xhtml?faces-redirect=true";

  @Inject SecurityContext securityContext;

  private String username;
  private String password;

  /** Someone already logged in who opens the login page goes straight home. */
  public String redirectIfLoggedIn() {
    return CurrentUser.isPresent() ? HOME : null;
  }

  public String submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.trim(),
                        new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      return HOME;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    // One message for every failure: the page must not tell which accounts exist or are throttled.
    FacesMessages.error("login.failed");
    return null;
  }

  public String logout() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

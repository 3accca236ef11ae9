package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser session's language (Italian by default, English on request) and who is logged in, for
 * the page header.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "irt.ui.default-language", defaultValue = "it")
  String defaultLanguage;

  private String language;

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public String getLanguage() {
    return language == null ? defaultLanguage : language;
  }

  /** Switches the UI language and reloads the current page in it. */
  public String switchLanguage(String newLanguage) {
    language = "en".equals(newLanguage) ? "en" : "it";
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  public boolean isLoggedIn() {
    return CurrentUser.isPresent();
  }

  public String getFullName() {
    return CurrentUser.isPresent() ? CurrentUser.fullName() : "";
  }

  public String getTenantName() {
    return CurrentUser.isPresent() ? CurrentUser.tenantName() : "";
  }

  /** The user's roles in the UI language, e.g. "Medico, Amministratore ASST". */
  public String getRoleLabels() {
    ResourceBundle bundle =
        ResourceBundle.getBundle("it.lombardia.irt.interfaces.messages", getLocale());
    return CurrentUser.isPresent()
        ? CurrentUser.roles().stream()
            .sorted()
            .map(r -> bundle.getString("role." + r.name()))
            .collect(Collectors.joining(", "))
        : "";
  }
}

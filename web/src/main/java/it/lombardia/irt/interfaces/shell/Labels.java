package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.spi.content.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Shows a plug-in's bilingual {@link Label} in the language of the page. */
@Named
@ApplicationScoped
public class Labels {

  public String of(Label label) {
    return inPageLanguage(label);
  }

  /** The label in the language of the current page. */
  static String inPageLanguage(Label label) {
    if (label == null) {
      return "";
    }
    String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return "en".equals(language) ? label.en() : label.it();
  }
}

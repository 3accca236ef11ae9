package it.lombardia.irt.interfaces.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the user's UI language from its creation, not the browser's: messages that a
 * page's action or view action adds (before {@code f:view} sets the locale for rendering) are then
 * in the language the page is shown in, never English in the Italian UI.
 */
public class UserLanguageViewHandler extends ViewHandlerWrapper {

  public UserLanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(UserSession.class).get().getLocale();
  }
}

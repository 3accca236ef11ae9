package it.lombardia.irt.interfaces.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the users read them: Italian style (23/11/2026 14:05) or English, in Italian
 * time.
 */
@Named
@ApplicationScoped
public class Formats {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter ITALIAN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ITALIAN);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    DateTimeFormatter format = "en".equals(locale.getLanguage()) ? ENGLISH : ITALIAN;
    return format.format(instant.atZone(ITALY));
  }
}

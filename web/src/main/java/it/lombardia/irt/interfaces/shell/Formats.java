package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the users read them: Italian style (23/11/2026 14:05) or English, in Italian
 * time.
 */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter ITALIAN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ITALIAN);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

  /** A duration as clinicians say it: "72 ore", "7 giorni" (or in English). */
  public String duration(Duration duration) {
    if (duration == null) {
      return "";
    }
    boolean english =
        "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    long hours = duration.toHours();
    if (hours % 24 == 0 && hours >= 48) {
      return (hours / 24) + (english ? " days" : " giorni");
    }
    if (hours >= 1) {
      return hours + (english ? (hours == 1 ? " hour" : " hours") : (hours == 1 ? " ora" : " ore"));
    }
    return duration.toMinutes() + " min";
  }

  /** A number in the page's language: 38,3 in Italian, 38.3 in English; no trailing ",0". */
  public String number(double value) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  /** A file's size in the page's language: "850 byte", "12 KB", "1,5 MB" (1.5 MB in English). */
  public String fileSize(long bytes) {
    return fileSize(bytes, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  static String fileSize(long bytes, Locale locale) {
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    if (bytes < 1024) {
      return format.format(bytes) + " byte";
    }
    if (bytes < 1024 * 1024) {
      return format.format(bytes / 1024.0) + " KB";
    }
    return format.format(bytes / (1024.0 * 1024.0)) + " MB";
  }

  /** A calendar date: 01/01/1950 in Italian, 1 Jan 1950 in English. */
  public String date(java.time.LocalDate date) {
    if (date == null) {
      return "";
    }
    boolean english =
        "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    return DateTimeFormatter.ofPattern(
            english ? "d MMM yyyy" : "dd/MM/yyyy", english ? Locale.ENGLISH : Locale.ITALIAN)
        .format(date);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    DateTimeFormatter format = "en".equals(locale.getLanguage()) ? ENGLISH : ITALIAN;
    return format.format(instant.atZone(Italy.ZONE));
  }

  /**
   * The day of a slot with its weekday: "lun 01/12/2026" in Italian, "Mon 1 Dec 2026" in English.
   */
  public String day(Instant instant) {
    if (instant == null) {
      return "";
    }
    boolean english =
        "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    return DateTimeFormatter.ofPattern(
            english ? "EEE d MMM yyyy" : "EEE dd/MM/yyyy",
            english ? Locale.ENGLISH : Locale.ITALIAN)
        .format(instant.atZone(Italy.ZONE));
  }

  /** The time of day in Italy, "09:20". */
  public String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(Italy.ZONE));
  }
}

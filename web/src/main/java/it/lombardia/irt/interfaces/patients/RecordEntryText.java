package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a home-care record entry says, in the reader's language: an entry IRT wrote is its bundle
 * message with each argument shown for the reader (dates and numbers in their style, enum values by
 * their labels, professionals by name); words somebody wrote, and the Italian sentences of entries
 * written before V34, are shown as stored. For the pages, the PDF and the API alike.
 */
public final class RecordEntryText {

  public static final String BUNDLE = "it.lombardia.irt.interfaces.messages";

  private static final DateTimeFormatter DATE_IT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_EN =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME_IT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter TIME_EN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final boolean english;
  private final Function<String, String> names;

  /**
   * @param names a username's full name (the ASST's directory); operations centres are named here
   */
  public RecordEntryText(Locale locale, Function<String, String> names) {
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    this.english = "en".equals(locale.getLanguage());
    this.names = names;
  }

  public String summary(RecordEntry entry) {
    return entry.getText().map(t -> render(t).strip()).orElse(entry.getSummary());
  }

  public String render(EntryText text) {
    Object[] values = text.args().stream().map(this::value).toArray();
    if (!bundle.containsKey(text.key())) {
      // a message no longer shipped: still readable, never a blank line in the record
      return text.key() + " " + Arrays.toString(values);
    }
    return new MessageFormat(bundle.getString(text.key()), bundle.getLocale()).format(values);
  }

  private String value(EntryArg arg) {
    String v = arg.value();
    return switch (arg.kind()) {
      case TEXT -> v == null ? "" : v;
      case USER -> person(v);
      case DATE -> v == null ? "" : (english ? DATE_EN : DATE_IT).format(LocalDate.parse(v));
      case DATE_TIME ->
          v == null
              ? ""
              : (english ? TIME_EN : TIME_IT).format(Instant.parse(v).atZone(Italy.ZONE));
      case NUMBER -> number(v);
      case LABEL -> label(v);
      case TERM -> inSentence(label(v));
      case TERMS ->
          v == null || v.isEmpty()
              ? ""
              : Arrays.stream(v.split("\\|"))
                  .map(k -> inSentence(label(k)))
                  .collect(Collectors.joining(", "));
      case BILINGUAL -> english && arg.en() != null ? arg.en() : (v == null ? "" : v);
      case PARTS -> arg.parts().stream().map(this::render).collect(Collectors.joining(", "));
    };
  }

  private String person(String address) {
    if (address == null) {
      return "";
    }
    if (AlarmStep.isCentre(address)) {
      return label("plan.centre." + address.substring(address.indexOf(':') + 1));
    }
    return names.apply(address);
  }

  private String number(String value) {
    NumberFormat format = NumberFormat.getNumberInstance(english ? Locale.ENGLISH : Locale.ITALIAN);
    format.setMaximumFractionDigits(2);
    return value == null ? "" : format.format(Double.parseDouble(value));
  }

  private String label(String key) {
    return key != null && bundle.containsKey(key) ? bundle.getString(key) : String.valueOf(key);
  }

  /** A label inside a sentence: "Televisita" reads "televisita"; an acronym (UVM) stays. */
  private String inSentence(String label) {
    if (label.length() > 1
        && Character.isUpperCase(label.charAt(0))
        && Character.isLowerCase(label.charAt(1))) {
      return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
    return label;
  }
}

package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import it.lombardia.irt.spi.content.Label;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages in the user's language, from the UI bundle: at the top of the page, or {@link
 * #INLINE} where the user acts (a dialog, a row), which the page's top messages leave out.
 */
public final class FacesMessages {

  /** The key of the messages shown where the user is acting ({@code <p:messages for>}). */
  public static final String INLINE = "irt-inline";

  /**
   * Where the messages of the current request go: null (the top of the page) or {@link #INLINE}.
   */
  private static final ThreadLocal<String> TARGET = new ThreadLocal<>();

  private FacesMessages() {}

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * One message per problem, "Field: what is wrong" (the field only when the bundle names it); the
   * service's English text when the bundle lacks the message.
   */
  public static void problems(InvalidInputException e) {
    for (InvalidInputException.Problem p : e.problems()) {
      String message = orElse(text(p.key(), localised(p.args())), p.key(), p.message());
      // a field the bundle does not name (e.g. a plug-in's fact) is left out: never an internal key
      String field =
          p.field().isEmpty() ? "" : orElse(text("field." + p.field()), "field." + p.field(), "");
      field = field.isEmpty() ? "" : field + ": ";
      add(FacesMessage.SEVERITY_ERROR, field + message);
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A step the domain's rules refused, in the user's language. */
  public static void rule(RuleViolation e) {
    add(FacesMessage.SEVERITY_ERROR, orElse(text(e.key()), e.key(), e.getMessage()));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * A message's values in the user's language: a plug-in {@link Label} in the page's language, an
   * enum constant by its bundle key {@code enum.<Type>.<NAME>}.
   */
  private static Object[] localised(List<Object> args) {
    return args.stream()
        .map(
            a -> {
              if (a instanceof Label label) {
                return Labels.inPageLanguage(label);
              }
              if (a instanceof Enum<?> e) {
                String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                return orElse(text(key), key, e.name());
              }
              return a;
            })
        .toArray();
  }

  private static String orElse(String found, String key, String fallback) {
    return found.equals(key) ? fallback : found;
  }

  /** Runs {@code action} with its messages shown inline rather than at the top of the page. */
  static <T> T inline(java.util.function.Supplier<T> action) {
    TARGET.set(INLINE);
    try {
      return action.get();
    } finally {
      TARGET.remove();
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(TARGET.get(), new FacesMessage(severity, text, null));
  }
}

package it.lombardia.irt.application.notification;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message's subject and body in the recipient's language, from the bundle {@code notifications}
 * ({@code <key>.subject}, {@code <key>.body}, MessageFormat arguments). Texts name no clinical
 * value: they say that something needs the reader and send them to IRT. An enum argument is shown
 * by its label in the bundle ({@code <EnumType>.<NAME>}, e.g. {@code
 * TelemedicineService.TELEVISIT}).
 */
public record NotificationText(String subject, String body) {

  private static final String BUNDLE = "it.lombardia.irt.application.notification.notifications";

  public static NotificationText of(String language, String key, Object... args) {
    Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "it");
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Object[] shown =
        Arrays.stream(args)
            .map(
                a ->
                    a instanceof Enum<?> e
                        ? bundle.getString(e.getDeclaringClass().getSimpleName() + "." + e.name())
                        : a)
            .toArray();
    return new NotificationText(
        new MessageFormat(bundle.getString(key + ".subject"), locale).format(shown),
        new MessageFormat(bundle.getString(key + ".body"), locale).format(shown));
  }
}

package it.lombardia.irt.application.consent;

import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.consent.ConsentTextRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Publishes IRT's default text of a kind and language as an ASST's version 1, in a transaction of
 * its own: the first consents of an ASST may arrive together, and only one of them may publish it
 * (the others' inserts fail on the version's unique key and they read the published one).
 */
@Stateless
public class DefaultConsentTexts {

  private static final String SYSTEM = "irt";

  @Inject ConsentTextRepository texts;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void publish(ConsentText.Kind kind, String language) {
    texts.add(
        new ConsentText(kind, language, 1, defaultText(kind, language), SYSTEM, clock.instant()));
  }

  private static String defaultText(ConsentText.Kind kind, String language) {
    String name = kind.name() + "_" + language + ".txt";
    try (InputStream in = ConsentTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("default consent text missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

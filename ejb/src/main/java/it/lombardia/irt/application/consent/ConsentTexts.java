package it.lombardia.irt.application.consent;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.consent.ConsentTextRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.tenancy.Tenancy;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The ASST's consent forms and privacy notice, versioned per language. An ASST starts from IRT's
 * default texts (version 1) and its administrator publishes new versions; a published version is
 * never changed.
 */
@Stateless
public class ConsentTexts {

  public static final Set<String> LANGUAGES = Set.of("it", "en");
  private static final Logger LOG = Logger.getLogger(ConsentTexts.class.getName());

  @Inject ConsentTextRepository texts;
  @Inject Clock clock;
  @Inject DefaultConsentTexts defaults;

  /** The newest version of a text in a language (the ASST's first use publishes the default). */
  public ConsentText current(ConsentText.Kind kind, String language) {
    String lang = requireLanguage(language);
    if (outsideAnyAsst()) {
      throw new NotFoundException("Consent text", kind + "/" + lang);
    }
    return newest(kind, lang)
        .orElseGet(
            () -> {
              try {
                defaults.publish(kind, lang);
              } catch (EJBException published) {
                LOG.fine(() -> "Default " + kind + "/" + lang + " published by another request");
              }
              return newest(kind, lang).orElseThrow();
            });
  }

  private Optional<ConsentText> newest(ConsentText.Kind kind, String lang) {
    return texts.newest(kind, lang);
  }

  public ConsentText byId(long id) {
    return texts.find(id).orElseThrow(() -> new NotFoundException("Consent text", id));
  }

  /** Every version of a text, newest first. */
  public List<ConsentText> versions(ConsentText.Kind kind, String language) {
    if (outsideAnyAsst()) {
      requireLanguage(language);
      return List.of();
    }
    current(kind, language);
    return texts.versions(kind, requireLanguage(language));
  }

  /** Publishes a new version; consents collected from now on name it. */
  public ConsentText publish(ConsentText.Kind kind, String language, String body) {
    Actor admin = Guard.requireAnyRole(Role.TENANT_ADMIN);
    if (body == null || body.trim().length() < 50 || body.length() > 20000) {
      throw InvalidInputException.of(
          "body", "error.consentText.body", "the text must be 50 to 20000 characters long");
    }
    ConsentText previous = current(kind, language);
    ConsentText next =
        new ConsentText(
            kind,
            previous.getLanguage(),
            previous.getTextVersion() + 1,
            body.trim(),
            admin.name(),
            clock.instant());
    texts.add(next);
    return next;
  }

  /** Region-level accounts have no ASST, hence no texts (publishing a default for them failed). */
  private static boolean outsideAnyAsst() {
    return Tenancy.REGION.equals(CallContext.requireActor().tenantCode());
  }

  private static String requireLanguage(String language) {
    String lang = language == null ? "it" : language.trim().toLowerCase();
    if (!LANGUAGES.contains(lang)) {
      throw InvalidInputException.of(
          "language", "error.consentText.language", "texts exist in Italian (it) and English (en)");
    }
    return lang;
  }
}

package it.lombardia.irt.application.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.consent.ConsentText.Kind;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The ASST's consent texts and their versions, without a server: texts in memory. */
class ConsentTextsTest {

  private static final Actor ADMIN = AccountsWorld.person("admin", Role.TENANT_ADMIN);
  private static final String NEW_TEXT =
      "Il paziente acconsente al trattamento dei dati per la telemedicina, versione rivista.";

  private final AccountsWorld world = new AccountsWorld();
  private final ConsentTexts texts = new ConsentTexts();

  ConsentTextsTest() {
    DefaultConsentTexts defaults = new DefaultConsentTexts();
    defaults.texts = world.consentTexts;
    defaults.clock = world.clock;
    texts.texts = world.consentTexts;
    texts.clock = world.clock;
    texts.defaults = defaults;
  }

  @Test
  void theFirstReadPublishesIrtsDefaultAsVersionOneOnce() {
    Kind kind = Kind.values()[0];

    ConsentText first = as(ADMIN, () -> texts.current(kind, "EN "));
    ConsentText again = as(ADMIN, () -> texts.current(kind, "en"));

    assertEquals(1, first.getTextVersion());
    assertEquals("en", first.getLanguage());
    assertEquals("irt", first.getPublishedBy());
    assertTrue(first.getBody().length() > 50);
    assertEquals(first, again);
    assertEquals(1, world.consentTexts.versions(kind, "en").size());
  }

  @Test
  void publishingAddsTheNextVersionAndKeepsThePreviousUnchanged() {
    Kind kind = Kind.values()[0];
    ConsentText original = as(ADMIN, () -> texts.current(kind, "it"));
    String originalBody = original.getBody();

    ConsentText published = as(ADMIN, () -> texts.publish(kind, "it", "  " + NEW_TEXT + "  "));

    assertEquals(2, published.getTextVersion());
    assertEquals(NEW_TEXT, published.getBody());
    assertEquals("admin", published.getPublishedBy());
    assertEquals(published, as(ADMIN, () -> texts.current(kind, "it")));
    assertEquals(List.of(published, original), as(ADMIN, () -> texts.versions(kind, "it")));
    assertEquals(originalBody, texts.byId(original.getId()).getBody());
    assertEquals(1, as(ADMIN, () -> texts.current(kind, "en")).getTextVersion(), "per language");
  }

  @Test
  void refusesATextTooShortOrALanguageOtherThanItalianOrEnglish() {
    Kind kind = Kind.values()[0];

    assertEquals(
        "error.consentText.body", refusedKey(() -> texts.publish(kind, "it", "Troppo breve.")));
    assertEquals(
        "error.consentText.language", refusedKey(() -> texts.publish(kind, "de", NEW_TEXT)));
    assertTrue(world.consentTexts.table.rows.isEmpty(), "nothing published");
  }

  @Test
  void onlyTheAsstAdministratorPublishes() {
    Actor nurse = AccountsWorld.person("infermiere", Role.NURSE);

    assertThrows(
        AccessDeniedException.class,
        () -> as(nurse, () -> texts.publish(Kind.values()[0], "it", NEW_TEXT)));
  }

  @Test
  void regionAccountsHaveNoTexts() {
    Actor region = AccountsWorld.regionAdmin();

    assertThrows(
        NotFoundException.class, () -> as(region, () -> texts.current(Kind.values()[0], "it")));
    assertEquals(List.of(), as(region, () -> texts.versions(Kind.values()[0], "it")));
    assertTrue(world.consentTexts.table.rows.isEmpty());
  }

  private static String refusedKey(Supplier<?> work) {
    return assertThrows(InvalidInputException.class, () -> as(ADMIN, work)).problems().get(0).key();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }
}

package it.lombardia.irt.testing.accounts;

import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.consent.ConsentTextRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Consent texts in memory; like the database's unique key, it refuses a second text with the same
 * kind, language and version.
 */
public final class InMemoryConsentTexts implements ConsentTextRepository {

  public final Rows<ConsentText> table = new Rows<>(ConsentText::getId);

  @Override
  public void add(ConsentText text) {
    if (newest(text.getKind(), text.getLanguage())
        .filter(t -> t.getTextVersion() >= text.getTextVersion())
        .isPresent()) {
      throw new IllegalStateException("version " + text.getTextVersion() + " exists already");
    }
    table.insert(text);
  }

  @Override
  public Optional<ConsentText> find(long id) {
    return table.byId(id);
  }

  @Override
  public Optional<ConsentText> newest(ConsentText.Kind kind, String language) {
    return versions(kind, language).stream().findFirst();
  }

  @Override
  public List<ConsentText> versions(ConsentText.Kind kind, String language) {
    return table.where(
        t -> t.getKind() == kind && t.getLanguage().equals(language),
        Comparator.comparingInt(ConsentText::getTextVersion).reversed());
  }
}

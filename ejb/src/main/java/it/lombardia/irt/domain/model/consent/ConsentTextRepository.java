package it.lombardia.irt.domain.model.consent;

import java.util.List;
import java.util.Optional;

/** The ASST's consent forms and privacy notice, every published version of them. */
public interface ConsentTextRepository {

  void add(ConsentText text);

  Optional<ConsentText> find(long id);

  /** The newest version of a text in a language, if the ASST has one. */
  Optional<ConsentText> newest(ConsentText.Kind kind, String language);

  /** Every version of a text in a language, newest first. */
  List<ConsentText> versions(ConsentText.Kind kind, String language);
}

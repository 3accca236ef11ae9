package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.interfaces.shell.People;
import it.lombardia.irt.interfaces.shell.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home-care record's entries on a page, in the user's language, professionals by name. */
@Named
@RequestScoped
public class RecordEntries {

  @Inject People people;
  @Inject UserSession session;

  private RecordEntryText text;

  public String summary(RecordEntry entry) {
    if (text == null) {
      text = new RecordEntryText(session.getLocale(), people::name);
    }
    return text.summary(entry);
  }
}

package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.consent.ConsentTexts;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The ASST's consent forms and privacy notice: every version of the chosen text and language, and
 * publication of a new version (consents collected from then on name it).
 */
@Named
@ViewScoped
public class ConsentTextsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsentTexts texts;

  private ConsentText.Kind kind = ConsentText.Kind.CARE_PATHWAY;
  private String language = "it";
  private String body;

  public List<ConsentText> getVersions() {
    return texts.versions(kind, language);
  }

  /** Starts the editor from the current text. */
  public void edit() {
    body = texts.current(kind, language).getBody();
  }

  public void publish() {
    if (PageActions.attempt(() -> texts.publish(kind, language, body), "consentTexts.published")) {
      body = null;
    }
  }

  public List<ConsentText.Kind> getKinds() {
    return List.of(ConsentText.Kind.values());
  }

  public ConsentText.Kind getKind() {
    return kind;
  }

  public void setKind(ConsentText.Kind kind) {
    this.kind = kind;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}

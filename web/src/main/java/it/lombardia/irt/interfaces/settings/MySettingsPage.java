package it.lombardia.irt.interfaces.settings;

import it.lombardia.irt.application.notification.ContactForm;
import it.lombardia.irt.application.notification.ContactSettings;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The user's own settings page: e-mail address, mobile number, and which notifications outside the
 * browser they want, on which channel and in which language (nothing until they opt in).
 */
@Named
@ViewScoped
public class MySettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContactSettings settings;

  private String email;
  private String mobilePhone;
  private String channel;
  private List<String> topics = new ArrayList<>();
  private String language;

  public void load() {
    PageActions.attempt(
        () -> {
          UserAccount me = settings.mine();
          ContactPreferences p = me.getContactPreferences();
          email = me.getEmail();
          mobilePhone = p.getMobilePhone();
          channel = p.getChannel() == null ? "" : p.getChannel().name();
          topics = new ArrayList<>(p.getTopics().stream().map(Topic::name).sorted().toList());
          language = p.getLanguage();
        },
        null);
  }

  public void save() {
    PageActions.attempt(
        () ->
            settings.updateMine(
                new ContactForm(email, mobilePhone, channel, Set.copyOf(topics), language)),
        "settings.saved");
  }

  /** The topics a user may opt in to. */
  public List<Topic> getTopicChoices() {
    return List.of(Topic.values()).stream().filter(Topic::isOptIn).toList();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public void setMobilePhone(String mobilePhone) {
    this.mobilePhone = mobilePhone;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}

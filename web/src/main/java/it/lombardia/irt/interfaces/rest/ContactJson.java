package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.user.UserAccount;
import java.util.List;

/** A user's contacts and the notifications they asked for, as the API shows them. */
public record ContactJson(
    String username,
    String email,
    String mobilePhone,
    String channel,
    List<String> topics,
    String language) {

  static ContactJson of(UserAccount user) {
    ContactPreferences p = user.getContactPreferences();
    return new ContactJson(
        user.getUsername(),
        user.getEmail(),
        p.getMobilePhone(),
        p.getChannel() == null ? null : p.getChannel().name(),
        p.getTopics().stream().map(Topic::name).sorted().toList(),
        p.getLanguage());
  }
}

package it.lombardia.irt.application.notification;

import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.notification.NotificationRepository;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * IRT's notification service: queues a message to a person in the caller's transaction (and ASST),
 * so it leaves only if what it announces is committed; {@link NotificationDelivery} sends it after
 * commit. A CDI bean, not an EJB, on purpose: nothing here may mark the clinical transaction for
 * rollback. The same {@code dedupKey} to the same address is queued once, so an event handled twice
 * does not send twice.
 *
 * <p>Other features call {@link #toUser} for a colleague (it honours the user's opt-in) or {@link
 * #toContact} for a person outside the accounts (patient, caregiver), with a text key of the {@code
 * notifications} bundle.
 */
@ApplicationScoped
public class Notifications {

  @Inject NotificationRepository outbox;
  @Inject Clock clock;
  @Inject UserDirectory users;

  /**
   * Queues {@code textKey} to the ASST user {@code username} if they opted in to {@code topic} on a
   * channel whose address they set; in their language. Whether a message was queued.
   */
  public boolean toUser(
      String username, Topic topic, String dedupKey, String textKey, Object... args) {
    Optional<UserAccount> user = users.find(username).filter(UserAccount::isEnabled);
    if (user.isEmpty()) {
      return false;
    }
    ContactPreferences preferences = user.get().getContactPreferences();
    Optional<String> address = preferences.addressFor(topic, user.get().getEmail());
    if (address.isEmpty()) {
      return false;
    }
    return queue(
        dedupKey,
        topic,
        preferences.getChannel(),
        address.get(),
        user.get().getFullName(),
        NotificationText.of(preferences.getLanguage(), textKey, args));
  }

  /**
   * Queues {@code textKey} to an address given by the caller (a patient's or caregiver's contact),
   * in {@code language} ("it" or "en"). Whether a message was queued (false: sent already).
   */
  public boolean toContact(
      Channel channel,
      String address,
      String name,
      String language,
      Topic topic,
      String dedupKey,
      String textKey,
      Object... args) {
    return queue(
        dedupKey, topic, channel, address, name, NotificationText.of(language, textKey, args));
  }

  private boolean queue(
      String dedupKey,
      Topic topic,
      Channel channel,
      String address,
      String name,
      NotificationText text) {
    if (outbox.queued(dedupKey, channel, address)) {
      return false;
    }
    outbox.add(
        new Notification(
            dedupKey, topic, channel, address, name, text.subject(), text.body(), clock.instant()));
    return true;
  }
}

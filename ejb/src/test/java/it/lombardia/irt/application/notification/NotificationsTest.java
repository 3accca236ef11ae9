package it.lombardia.irt.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.user.UserDirectories;
import it.lombardia.irt.domain.model.notification.Channel;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.notification.Topic;
import it.lombardia.irt.domain.model.shared.Delivery;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.testing.accounts.AccountsWorld;
import it.lombardia.irt.testing.notifications.InMemoryNotifications;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The notification service's rules without a server: accounts and the outbox in memory. A message
 * is queued only to a person who opted in and set an address, in their language, once per event and
 * address.
 */
class NotificationsTest {

  private static final Actor NURSE = AccountsWorld.person("infermiera", Role.NURSE);
  private static final Actor ADMIN = AccountsWorld.person("admin", Role.TENANT_ADMIN);

  private final AccountsWorld world = new AccountsWorld();
  private final InMemoryNotifications outbox = new InMemoryNotifications();
  private final Notifications notifications = new Notifications();
  private final NotificationOutbox adminView = new NotificationOutbox();

  NotificationsTest() {
    notifications.users = UserDirectories.over(world.accounts);
    notifications.clock = world.clock;
    notifications.outbox = outbox;
    adminView.outbox = outbox;
  }

  @Test
  void aColleagueWhoOptedInGetsTheMessageInTheirLanguageOnTheirChannel() {
    optedIn("dr.bianchi", Channel.SMS, "en", Topic.ALARMS);

    assertTrue(as(NURSE, () -> alarmTo("dr.bianchi", "alarm:1")));

    Notification sent = outbox.rows().get(0);
    assertEquals(Channel.SMS, sent.getChannel());
    assertEquals("+393331234567", sent.getAddress());
    assertEquals("dr.bianchi Rossi", sent.getRecipientName());
    assertTrue(sent.getSubject().startsWith("IRT: an alarm"), sent.getSubject());
    assertEquals(AccountsWorld.START, sent.getCreatedAt());
    assertEquals(AccountsWorld.ASST, sent.getTenantCode());
    assertEquals(Delivery.Status.PENDING, sent.getDelivery().getStatus());
  }

  @Test
  void noMessageOnATopicTheColleagueDidNotChooseOrWithoutAnAddress() {
    optedIn("dr.bianchi", Channel.EMAIL, "it", Topic.BOOKINGS);
    optedIn("dr.verdi", Channel.EMAIL, "it", Topic.ALARMS).setEmail(null);

    assertFalse(as(NURSE, () -> alarmTo("dr.bianchi", "alarm:1")));
    assertFalse(as(NURSE, () -> alarmTo("dr.verdi", "alarm:1")));
    assertTrue(outbox.rows().isEmpty());
  }

  @Test
  void aDisabledOrUnknownAccountGetsNothing() {
    optedIn("dr.bianchi", Channel.EMAIL, "it", Topic.ALARMS).setEnabled(false);

    assertFalse(as(NURSE, () -> alarmTo("dr.bianchi", "alarm:1")));
    assertFalse(as(NURSE, () -> alarmTo("nessuno", "alarm:1")));
    assertFalse(as(NURSE, () -> alarmTo(null, "alarm:1")));
    assertTrue(outbox.rows().isEmpty());
  }

  @Test
  void anEventHandledTwiceIsQueuedOncePerAddress() {
    optedIn("dr.bianchi", Channel.EMAIL, "it", Topic.ALARMS);

    assertTrue(as(NURSE, () -> alarmTo("dr.bianchi", "alarm:1")));
    assertFalse(as(NURSE, () -> alarmTo("dr.bianchi", "alarm:1")), "the same event again");
    assertTrue(as(NURSE, () -> alarmTo("dr.bianchi", "alarm:2")), "another event");
    assertTrue(
        as(NURSE, () -> contact("altro@example.org", "alarm:1")), "the same event, elsewhere");
    assertFalse(as(NURSE, () -> contact("altro@example.org", "alarm:1")));

    assertEquals(3, outbox.rows().size());
  }

  @Test
  void aContactOutsideTheAccountsIsWrittenToInTheLanguageGiven() {
    assertTrue(as(NURSE, () -> contact("paziente@example.org", "link:1")));

    Notification sent = outbox.rows().get(0);
    assertEquals("paziente@example.org", sent.getAddress());
    assertEquals(Topic.PATIENT_LINK, sent.getTopic());
    assertTrue(sent.getSubject().startsWith("IRT: un allarme"), sent.getSubject());
  }

  @Test
  void theAdministratorSeesTheLatestMessagesFirstOptionallyByState() {
    as(NURSE, () -> contact("uno@example.org", "e:1"));
    as(NURSE, () -> contact("due@example.org", "e:2"));
    outbox
        .rows()
        .get(0)
        .attempted(
            "mailbox full", world.clock.instant(), Notification.retry(Duration.ofMinutes(1), 1));

    assertEquals(List.of("due@example.org", "uno@example.org"), addresses(null));
    assertEquals(List.of("uno@example.org"), addresses(Delivery.Status.FAILED));
    assertEquals(List.of("due@example.org"), addresses(Delivery.Status.PENDING));
  }

  @Test
  void onlyTheAdministratorReadsTheOutbox() {
    assertThrows(AccessDeniedException.class, () -> as(NURSE, () -> adminView.messages(null)));
  }

  private List<String> addresses(Delivery.Status status) {
    return as(ADMIN, () -> adminView.messages(status)).stream()
        .map(Notification::getAddress)
        .toList();
  }

  private boolean alarmTo(String username, String dedupKey) {
    return notifications.toUser(username, Topic.ALARMS, dedupKey, "alarm.escalated");
  }

  private boolean contact(String address, String dedupKey) {
    return notifications.toContact(
        Channel.EMAIL,
        address,
        "Maria Rossi",
        "it",
        Topic.PATIENT_LINK,
        dedupKey,
        "alarm.escalated");
  }

  private UserAccount optedIn(String username, Channel channel, String language, Topic topic) {
    UserAccount account = world.account(username, "una-password-lunga", Role.PHYSICIAN);
    account.setEmail(username + "@asst.example.org");
    account.setContactPreferences(
        new ContactPreferences("+393331234567", channel, Set.of(topic), language));
    return account;
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return CallContext.as(actor, work);
  }
}

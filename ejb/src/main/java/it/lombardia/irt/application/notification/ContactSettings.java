package it.lombardia.irt.application.notification;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.user.UserAdministration;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.notification.ContactPreferences;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Who is told what outside the browser: every user sets their own contacts and opt-ins; the tenant
 * administrator may set them for a user of their ASST (another ASST's users are not found). Changes
 * are audited with the account.
 */
@Stateless
public class ContactSettings {

  @Inject UserDirectory users;
  @Inject UserAdministration administration;

  /** Everybody who logs in as a person; machine clients have no contacts. */
  private static final Role[] PEOPLE =
      EnumSet.complementOf(EnumSet.of(Role.API_CLIENT)).toArray(Role[]::new);

  /** The caller's own account. */
  public UserAccount mine() {
    Actor actor = Guard.requireAnyRole(PEOPLE);
    return users.find(actor.name()).orElseThrow(() -> new NotFoundException("User", actor.name()));
  }

  public UserAccount updateMine(ContactForm form) {
    return apply(mine(), form);
  }

  public UserAccount ofUser(long id) {
    return administration.get(id);
  }

  public UserAccount update(long id, ContactForm form) {
    return apply(administration.get(id), form);
  }

  /**
   * The tenant administrator changes only where a user of their ASST is reached (e-mail, mobile),
   * keeping the channel, topics and language the user chose; a channel left without its address is
   * refused, as when the user sets it.
   */
  public UserAccount updateAddresses(long id, String email, String mobilePhone) {
    UserAccount user = administration.get(id);
    ContactPreferences chosen = user.getContactPreferences();
    return apply(
        user,
        new ContactForm(
            email,
            mobilePhone,
            chosen.getChannel() == null ? null : chosen.getChannel().name(),
            chosen.getTopics().stream().map(Enum::name).collect(Collectors.toSet()),
            chosen.getLanguage()));
  }

  private static UserAccount apply(UserAccount user, ContactForm form) {
    ContactRules.Checked checked = ContactRules.check(form);
    user.setEmail(checked.email());
    user.setContactPreferences(checked.preferences());
    return user;
  }
}

package it.lombardia.irt.interfaces.admin;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.notification.ContactSettings;
import it.lombardia.irt.application.user.NewUserForm;
import it.lombardia.irt.application.user.UserAdministration;
import it.lombardia.irt.domain.model.user.PhysicianSpecialty;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.PrimeFaces;

/**
 * The tenant administrator's user list: create, disable/enable, reset password, assign roles, and
 * the e-mail and mobile number notifications reach a user at.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;
  @Inject ContactSettings contacts;

  private List<UserAccount> rows;
  private NewUserForm form = new NewUserForm();
  private UserAccount selected;
  private List<String> selectedRoles = new ArrayList<>();
  private String selectedSpecialty;
  private String newPassword;
  private String contactEmail;
  private String contactMobile;

  @PostConstruct
  void load() {
    rows = users.list();
  }

  public void startCreate() {
    form = new NewUserForm();
  }

  public void create() {
    try {
      users.create(form);
      FacesMessages.info("users.created", form.getUsername());
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public void select(UserAccount user) {
    selected = user;
    selectedRoles = new ArrayList<>(user.getRoles().stream().map(Enum::name).toList());
    selectedSpecialty = user.getSpecialty() == null ? null : user.getSpecialty().name();
    newPassword = null;
    contactEmail = user.getEmail();
    contactMobile = user.getContactPreferences().getMobilePhone();
  }

  /** Saves where the selected user's notifications go; the dialog stays open on a problem. */
  public void saveContacts() {
    try {
      contacts.updateAddresses(selected.getId(), contactEmail, contactMobile);
      FacesMessages.info("users.contacts.saved", selected.getUsername());
      PrimeFaces.current().executeScript("PF('contactsDialog').hide()");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public void saveRoles() {
    try {
      users.assignRoles(selected.getId(), new TreeSet<>(selectedRoles), selectedSpecialty);
      FacesMessages.info("users.roles.saved", selected.getUsername());
      PrimeFaces.current().executeScript("PF('rolesDialog').hide()");
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public void resetPassword() {
    try {
      users.resetPassword(selected.getId(), newPassword);
      FacesMessages.info("users.password.reset", selected.getUsername());
      PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    } finally {
      newPassword = null;
    }
  }

  public void setEnabled(UserAccount user, boolean enabled) {
    try {
      users.setEnabled(user.getId(), enabled);
      FacesMessages.info(enabled ? "users.enabled" : "users.disabled", user.getUsername());
      load();
    } catch (InvalidInputException e) {
      FacesMessages.problems(e);
    }
  }

  public List<UserAccount> getRows() {
    return rows;
  }

  public NewUserForm getForm() {
    return form;
  }

  public UserAccount getSelected() {
    return selected;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getSelectedSpecialty() {
    return selectedSpecialty;
  }

  public void setSelectedSpecialty(String selectedSpecialty) {
    this.selectedSpecialty = selectedSpecialty;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactMobile() {
    return contactMobile;
  }

  public void setContactMobile(String contactMobile) {
    this.contactMobile = contactMobile;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  /** The roles a tenant administrator may assign, in declaration order. */
  public List<String> getAssignableRoles() {
    return UserAdministration.ASSIGNABLE.stream().map(Role::name).toList();
  }

  public PhysicianSpecialty[] getSpecialties() {
    return PhysicianSpecialty.values();
  }

  /** The form's roles as a list, for the checkbox menu. */
  public List<String> getFormRoles() {
    return new ArrayList<>(form.getRoles());
  }

  public void setFormRoles(List<String> roles) {
    form.setRoles(roles == null ? Set.of() : new TreeSet<>(roles));
  }
}

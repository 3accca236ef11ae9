package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.application.supplier.SupplierAdministration;
import it.lombardia.irt.application.supplier.SupplierForm;
import it.lombardia.irt.domain.model.supplier.ResponsibilityRule;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The Region administrator's level-2 suppliers: who they are, the tickets each is responsible for
 * (rules in their text form, one per line), where tickets are handed off, and a new credential.
 */
@Named
@ViewScoped
public class SupplierList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SupplierAdministration suppliers;

  private List<Supplier> rows;
  private boolean creating;
  private String code;
  private String name;
  private String referencePrefix;
  private String webhookUrl;
  private String email;
  private String rules;
  private IssuedCredentials issued;
  private String issuedWebhookSecret;

  @PostConstruct
  void load() {
    rows = suppliers.list();
  }

  public void startCreate() {
    creating = true;
    code = name = referencePrefix = webhookUrl = email = rules = null;
  }

  public void startEdit(Supplier s) {
    creating = false;
    code = s.getCode();
    name = s.getName();
    referencePrefix = s.getReferencePrefix();
    webhookUrl = s.getWebhookUrl();
    email = s.getEmail();
    rules = rulesText(s);
  }

  /** A supplier's rules as the page shows and edits them, one per line. */
  public String rulesText(Supplier s) {
    return ResponsibilityRule.format(s.getRules()).replace(";", "\n");
  }

  public void save() {
    List<SupplierForm.Rule> parsed;
    try {
      parsed =
          ResponsibilityRule.parseAll(
                  rules == null ? "" : rules.replace("\r", "").replace("\n", ";"))
              .stream()
              .map(
                  r ->
                      new SupplierForm.Rule(
                          r.category() == null ? null : r.category().name(),
                          r.deviceType(),
                          r.vendor()))
              .toList();
    } catch (IllegalArgumentException e) {
      FacesMessages.error("suppliers.rules.unreadable");
      return;
    }
    SupplierForm form = new SupplierForm(code, name, referencePrefix, webhookUrl, email, parsed);
    boolean saved =
        PageActions.attempt(
            () -> {
              if (creating) {
                suppliers.create(form);
              } else {
                suppliers.update(code, form);
              }
            },
            "suppliers.saved");
    if (saved) {
      PrimeFaces.current().executeScript("PF('supplierDialog').hide()");
      load();
    }
  }

  public void issueCredential(Supplier s) {
    PageActions.attempt(() -> issued = suppliers.issueCredential(s.getCode()), null);
    load();
  }

  public void issueWebhookSecret(Supplier s) {
    PageActions.attempt(
        () -> issuedWebhookSecret = suppliers.issueWebhookSecret(s.getCode()), null);
    load();
  }

  public String getIssuedWebhookSecret() {
    return issuedWebhookSecret;
  }

  public List<Supplier> getRows() {
    return rows;
  }

  public boolean isCreating() {
    return creating;
  }

  public IssuedCredentials getIssued() {
    return issued;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getReferencePrefix() {
    return referencePrefix;
  }

  public void setReferencePrefix(String referencePrefix) {
    this.referencePrefix = referencePrefix;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }
}

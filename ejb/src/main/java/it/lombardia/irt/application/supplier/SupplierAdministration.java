package it.lombardia.irt.application.supplier;

import it.lombardia.irt.application.ConflictException;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.apiclient.IssuedCredentials;
import it.lombardia.irt.application.security.Authentication;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.supplier.Responsibility;
import it.lombardia.irt.domain.model.supplier.ResponsibilityRule;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.security.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Region's suppliers (level 2): who they are, which tickets each is responsible for, where
 * tickets are handed off, and their machine credential. {@code REGION_ADMIN} only; audited.
 */
@Stateless
public class SupplierAdministration {

  @Inject SupplierRepository suppliers;
  @Inject InputValidator validator;
  @Inject Authentication authentication;

  public List<Supplier> list() {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    return all();
  }

  public Supplier create(SupplierForm form) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    validator.check(form);
    if (suppliers.byCode(form.code()).isPresent()) {
      throw ConflictException.of(
          "code", "error.supplier.code", "a supplier " + form.code() + " exists");
    }
    Supplier supplier = new Supplier(form.code(), form.name().trim());
    configure(supplier, form);
    suppliers.add(supplier);
    return supplier;
  }

  /** Replaces the settings of the supplier {@code code} (the form's code is ignored). */
  public Supplier update(String code, SupplierForm form) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    Supplier supplier = existing(code);
    validator.check(
        new SupplierForm(
            code,
            form.name(),
            form.referencePrefix(),
            form.webhookUrl(),
            form.email(),
            form.rules()));
    configure(supplier, form);
    return supplier;
  }

  /**
   * A new secret for the supplier's machine client ({@code fornitore-<code>}), shown once; the
   * previous one stops working.
   */
  public IssuedCredentials issueCredential(String code) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    Supplier supplier = existing(code);
    String clientId = "fornitore-" + code.toLowerCase(Locale.ROOT);
    if (supplier.getClientId() == null && authentication.isPrincipalNameTaken(clientId)) {
      throw ConflictException.of(
          "code", "error.supplier.client", clientId + " is already a user's or a client's name");
    }
    String secret = Secrets.newSecret();
    supplier.issueCredential(clientId, Secrets.sha256(secret));
    return new IssuedCredentials(clientId, secret);
  }

  /**
   * A new key for the signature of the supplier's webhook hand-offs ({@code X-IRT-Signature}),
   * shown once for the supplier to verify with; the previous one stops signing.
   */
  public String issueWebhookSecret(String code) {
    Guard.requireAnyRole(Role.REGION_ADMIN);
    Supplier supplier = existing(code);
    String secret = Secrets.newSecret();
    supplier.issueWebhookSecret(secret);
    return secret;
  }

  private void configure(Supplier supplier, SupplierForm form) {
    List<ResponsibilityRule> rules = new ArrayList<>();
    for (SupplierForm.Rule r : form.rules() == null ? List.<SupplierForm.Rule>of() : form.rules()) {
      rules.add(new ResponsibilityRule(category(r.category()), r.deviceType(), r.vendor()));
    }
    Responsibility.conflict(supplier.getCode(), rules, all())
        .ifPresent(
            why -> {
              throw ConflictException.of("rules", "error.supplier.rule.taken", why);
            });
    supplier.configure(
        form.name().trim(),
        form.referencePrefix().trim(),
        blankToNull(form.webhookUrl()),
        blankToNull(form.email()),
        rules);
  }

  private List<Supplier> all() {
    return suppliers.byName();
  }

  private Supplier existing(String code) {
    return suppliers.byCode(code).orElseThrow(() -> new NotFoundException("Supplier", code));
  }

  private static TicketCategory category(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return TicketCategory.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "rules.category",
          "error.ticket.unknown",
          "unknown category '" + value + "'; one of " + List.of(TicketCategory.values()));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

package it.lombardia.irt.domain.model.supplier;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A level-2 supplier of the regional infrastructure (seed 000 §4.11: the device vendors, the
 * connectivity providers), configured by the Region: the tickets it is responsible for ({@link
 * ResponsibilityRule}), where a ticket is handed off (a webhook, an e-mail address) and the machine
 * credential it calls IRT back with. Regional data, not tenant-owned; every change is audited.
 */
@Entity
@Table(name = "supplier")
@Audited
public class Supplier {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  /** How the supplier's own ticket references begin (e.g. {@code MDT-}): a reference must. */
  @Column(name = "reference_prefix", nullable = false, length = 20)
  private String referencePrefix;

  @Column(name = "webhook_url", length = 500)
  private String webhookUrl;

  @Column(length = 200)
  private String email;

  /** {@link ResponsibilityRule}'s text form. */
  @Column(nullable = false, length = 2000)
  private String rules = "";

  /** The supplier's machine client id, once a credential was issued. */
  @Column(name = "client_id", unique = true, length = 80)
  private String clientId;

  @NotAudited
  @Column(name = "secret_hash", length = 64)
  private String secretHash;

  /** The key of the webhook hand-offs' signature (HMAC-SHA256); null: unsigned. */
  @NotAudited
  @Column(name = "webhook_secret", length = 64)
  private String webhookSecret;

  @Version @NotAudited private long version;

  protected Supplier() {}

  public Supplier(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /** Replaces the supplier's settings; the caller has checked the texts' form. */
  public void configure(
      String name,
      String referencePrefix,
      String webhookUrl,
      String email,
      List<ResponsibilityRule> rules) {
    require(
        webhookUrl != null || email != null,
        "error.supplier.handoff",
        "a supplier needs a webhook URL or an e-mail address to hand tickets off to");
    this.name = name;
    this.referencePrefix = referencePrefix;
    this.webhookUrl = webhookUrl;
    this.email = email;
    this.rules = ResponsibilityRule.format(rules);
  }

  /** A new machine credential: only the secret's digest is kept, the old one stops working. */
  public void issueCredential(String clientId, String secretHash) {
    this.clientId = clientId;
    this.secretHash = secretHash;
  }

  public void issueWebhookSecret(String secret) {
    this.webhookSecret = secret;
  }

  /** Whether {@code reference} may be this supplier's own reference of a ticket. */
  public boolean isOwnReference(String reference) {
    return reference.startsWith(referencePrefix);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getReferencePrefix() {
    return referencePrefix;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public String getEmail() {
    return email;
  }

  public List<ResponsibilityRule> getRules() {
    return ResponsibilityRule.parseAll(rules);
  }

  public String getClientId() {
    return clientId;
  }

  public String getSecretHash() {
    return secretHash;
  }
}

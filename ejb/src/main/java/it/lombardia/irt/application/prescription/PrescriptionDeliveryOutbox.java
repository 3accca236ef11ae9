package it.lombardia.irt.application.prescription;

import it.lombardia.irt.domain.model.prescription.DeliveredPrescription;
import it.lombardia.irt.infrastructure.outbox.OutboxKind;
import it.lombardia.irt.infrastructure.outbox.OutboxSettings;
import it.lombardia.irt.infrastructure.supplier.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The e-prescription outbox, when {@code irt.nre.enabled}: every {@code irt.nre.poll-seconds} each
 * due report is posted as JSON to the ASST's e-prescription gateway ({@code
 * irt.tenant.<CODE>.nre.endpoint}, else {@code irt.nre.endpoint}), signed with {@code
 * irt.nre.secret} when set, its event id as {@code Idempotency-Key}. Switched off, reports wait.
 */
@ApplicationScoped
public class PrescriptionDeliveryOutbox implements OutboxKind<DeliveredPrescription> {

  @Inject WebhookSender sender;
  @Inject Config config;

  @Override
  public OutboxSettings<DeliveredPrescription> settings() {
    return new OutboxSettings<>(
        "prescription-delivery",
        DeliveredPrescription.class,
        config.getOptionalValue("irt.nre.enabled", Boolean.class).orElse(false),
        config.getOptionalValue("irt.nre.poll-seconds", Long.class).orElse(30L),
        DeliveredPrescription.retry(
            Duration.ofSeconds(
                config.getOptionalValue("irt.nre.retry-seconds", Long.class).orElse(60L))));
  }

  @Override
  public String send(DeliveredPrescription report) {
    Optional<String> endpoint = setting(report.getTenantCode(), "endpoint");
    if (endpoint.isEmpty()) {
      return "no e-prescription endpoint configured (irt.nre.endpoint)";
    }
    return sender.post(
        endpoint.get(),
        report.getEventId(),
        report.getPayload(),
        config.getOptionalValue("irt.nre.secret", String.class).orElse(null));
  }

  private Optional<String> setting(String tenantCode, String key) {
    return config
        .getOptionalValue("irt.tenant." + tenantCode + ".nre." + key, String.class)
        .or(() -> config.getOptionalValue("irt.nre." + key, String.class));
  }
}

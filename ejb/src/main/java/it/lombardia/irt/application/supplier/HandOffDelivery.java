package it.lombardia.irt.application.supplier;

import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.supplier.Supplier;
import it.lombardia.irt.domain.model.supplier.SupplierRepository;
import it.lombardia.irt.infrastructure.outbox.OutboxKind;
import it.lombardia.irt.infrastructure.outbox.OutboxSettings;
import it.lombardia.irt.infrastructure.supplier.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The webhook hand-offs' delivery: every {@code irt.suppliers.handoff.poll-seconds} each due
 * hand-off is posted to its supplier's webhook as configured now (a URL the Region corrects is used
 * by the next retry), with its event id as idempotency key.
 */
@ApplicationScoped
public class HandOffDelivery implements OutboxKind<HandOff> {

  @Inject SupplierRepository suppliers;
  @Inject WebhookSender webhooks;
  @Inject Config config;

  /** Always on: a supplier without a webhook gets no hand-off in the first place. */
  @Override
  public OutboxSettings<HandOff> settings() {
    return new OutboxSettings<>(
        "supplier-handoffs",
        HandOff.class,
        true,
        config.getOptionalValue("irt.suppliers.handoff.poll-seconds", Long.class).orElse(10L),
        HandOff.retry(
            Duration.ofSeconds(
                config
                    .getOptionalValue("irt.suppliers.handoff.retry-seconds", Long.class)
                    .orElse(30L))));
  }

  @Override
  public String send(HandOff handOff) {
    Supplier supplier = suppliers.find(handOff.getSupplierId()).orElseThrow();
    return supplier.getWebhookUrl() == null
        ? "the supplier has no webhook URL any more"
        : webhooks.post(
            supplier.getWebhookUrl(),
            handOff.getEventId(),
            handOff.getPayload(),
            supplier.getWebhookSecret());
  }
}

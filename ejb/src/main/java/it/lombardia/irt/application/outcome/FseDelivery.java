package it.lombardia.irt.application.outcome;

import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.infrastructure.fse.FseSender;
import it.lombardia.irt.infrastructure.outbox.OutboxKind;
import it.lombardia.irt.infrastructure.outbox.OutboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The FSE outbox's delivery, when {@code irt.fse.enabled}: every {@code irt.fse.poll-seconds} each
 * due signed document is posted as its FHIR document bundle, whose identifier lets the FSE
 * recognise a re-sent one.
 */
@ApplicationScoped
public class FseDelivery implements OutboxKind<FseSubmission> {

  @Inject FseSender sender;
  @Inject Config config;

  @Override
  public OutboxSettings<FseSubmission> settings() {
    return new OutboxSettings<>(
        "fse-delivery",
        FseSubmission.class,
        config.getOptionalValue("irt.fse.enabled", Boolean.class).orElse(false),
        config.getOptionalValue("irt.fse.poll-seconds", Long.class).orElse(30L),
        FseSubmission.retry(
            Duration.ofSeconds(
                config.getOptionalValue("irt.fse.retry-seconds", Long.class).orElse(60L))));
  }

  @Override
  public String send(FseSubmission submission) {
    FseSender.Result result =
        sender.send(submission.getTenantCode(), submission.getBundleId(), submission.getPayload());
    return result.delivered() ? null : result.error();
  }
}

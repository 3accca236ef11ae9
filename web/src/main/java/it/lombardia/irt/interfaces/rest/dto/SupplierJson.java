package it.lombardia.irt.interfaces.rest.dto;

import it.lombardia.irt.application.supplier.SupplierForm;
import it.lombardia.irt.domain.model.supplier.Supplier;
import java.util.List;

/** A supplier as the Region configures it; the credential's secret never appears, its id does. */
public record SupplierJson(
    String code,
    String name,
    String referencePrefix,
    String webhookUrl,
    String email,
    List<SupplierForm.Rule> rules,
    String clientId) {

  public static SupplierJson of(Supplier s) {
    return new SupplierJson(
        s.getCode(),
        s.getName(),
        s.getReferencePrefix(),
        s.getWebhookUrl(),
        s.getEmail(),
        s.getRules().stream()
            .map(
                r ->
                    new SupplierForm.Rule(
                        r.category() == null ? null : r.category().name(),
                        r.deviceType(),
                        r.vendor()))
            .toList(),
        s.getClientId());
  }
}

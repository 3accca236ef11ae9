package it.lombardia.irt.application.supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A supplier as the Region configures it.
 *
 * @param code stable, upper case (e.g. {@code MEDITECH}); fixed once created
 * @param referencePrefix how the supplier's own references begin (e.g. {@code MDT-})
 * @param webhookUrl where escalated tickets are posted (http or https), optional
 * @param email where escalated tickets are announced, optional (one of the two is needed)
 * @param rules which tickets it is responsible for
 */
public record SupplierForm(
    @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}") String code,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 20) String referencePrefix,
    @Size(max = 500) @Pattern(regexp = "https?://\\S+") String webhookUrl,
    @Size(max = 200) @Email String email,
    @Valid List<Rule> rules) {

  /** One rule: a category, a device type, a vendor, or a combination of them. */
  public record Rule(
      String category, @Size(max = 80) String deviceType, @Size(max = 80) String vendor) {}
}

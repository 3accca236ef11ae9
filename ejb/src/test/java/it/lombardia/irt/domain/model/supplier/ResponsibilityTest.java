package it.lombardia.irt.domain.model.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsibilityTest {

  private static Supplier supplier(String code, ResponsibilityRule... rules) {
    Supplier s = new Supplier(code, code);
    s.configure(code, code + "-", null, "help@" + code + ".example", List.of(rules));
    return s;
  }

  private static final Supplier MAINTENANCE =
      supplier("MAINT", new ResponsibilityRule(TicketCategory.DEVICE, null, null));
  private static final Supplier SCALES =
      supplier("SCALES", new ResponsibilityRule(null, "connected-scale", null));
  private static final Supplier ACME = supplier("ACME", new ResponsibilityRule(null, null, "Acme"));
  private static final Supplier NETWORK =
      supplier("NET", new ResponsibilityRule(TicketCategory.CONNECTIVITY, null, null));
  private static final List<Supplier> ALL = List.of(MAINTENANCE, SCALES, ACME, NETWORK);

  private static String chosen(TicketFacts facts) {
    return Responsibility.responsibleFor(facts, ALL).map(Supplier::getCode).orElse("nobody");
  }

  @Test
  void aDeviceTypeRuleBeatsTheCategoryRule() {
    assertEquals("SCALES", chosen(new TicketFacts(TicketCategory.DEVICE, "connected-scale", null)));
    assertEquals("MAINT", chosen(new TicketFacts(TicketCategory.DEVICE, "pulse-oximeter", null)));
  }

  @Test
  void aVendorRuleBeatsTheDeviceTypeRuleWhateverTheOrderOfSuppliers() {
    TicketFacts acmeScale = new TicketFacts(TicketCategory.DEVICE, "connected-scale", "ACME");
    assertEquals("ACME", chosen(acmeScale), "vendors match ignoring case");
    assertEquals(
        "ACME",
        Responsibility.responsibleFor(acmeScale, List.of(ACME, SCALES, MAINTENANCE))
            .orElseThrow()
            .getCode());
  }

  @Test
  void aCombinedRuleBeatsEachOfItsParts() {
    Supplier combined =
        supplier("BOTH", new ResponsibilityRule(TicketCategory.DEVICE, "connected-scale", null));
    assertEquals(
        "BOTH",
        Responsibility.responsibleFor(
                new TicketFacts(TicketCategory.DEVICE, "connected-scale", null),
                List.of(SCALES, combined, MAINTENANCE))
            .orElseThrow()
            .getCode());
    assertEquals(
        "SCALES",
        Responsibility.responsibleFor(
                new TicketFacts(TicketCategory.OTHER, "connected-scale", null),
                List.of(SCALES, combined, MAINTENANCE))
            .orElseThrow()
            .getCode(),
        "every condition of a combined rule must hold");
  }

  @Test
  void aTicketNoRuleMatchesHasNoSupplier() {
    assertEquals("nobody", chosen(new TicketFacts(TicketCategory.VIDEO, null, null)));
    assertEquals("NET", chosen(new TicketFacts(TicketCategory.CONNECTIVITY, null, null)));
  }

  @Test
  void twoSuppliersCannotHoldTheSameRule() {
    List<ResponsibilityRule> same = List.of(new ResponsibilityRule(null, "connected-scale", null));
    assertTrue(Responsibility.conflict("OTHER", same, ALL).orElseThrow().contains("SCALES"));
    assertTrue(Responsibility.conflict("SCALES", same, ALL).isEmpty(), "its own rule is no clash");
  }

  @Test
  void rulesSurviveTheirTextFormAndRefuseEmptyOrAmbiguousOnes() {
    List<ResponsibilityRule> rules =
        List.of(
            new ResponsibilityRule(TicketCategory.DEVICE, "connected-scale", "Acme"),
            new ResponsibilityRule(TicketCategory.CONNECTIVITY, " ", null));
    assertEquals(rules, ResponsibilityRule.parseAll(ResponsibilityRule.format(rules)));
    assertThrows(RuleViolation.class, () -> new ResponsibilityRule(null, " ", null));
    assertThrows(RuleViolation.class, () -> new ResponsibilityRule(null, "a;b", null));
  }

  @Test
  void aSupplierNeedsSomewhereToHandTicketsOffTo() {
    Supplier s = new Supplier("X", "X");
    assertThrows(RuleViolation.class, () -> s.configure("X", "X-", null, null, List.of()));
  }
}

package it.lombardia.irt.infrastructure.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.domain.model.tenant.Ats;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TenantDefinitionReaderTest {

  @Test
  void shippedDefinitionsHoldTheRegionsTwentySevenAsstsInEightAts() {
    List<TenantDefinition> definitions =
        TenantDefinitionReader.readFromClasspath(getClass().getClassLoader());

    assertEquals(27, definitions.size());
    Map<Ats, Long> perAts =
        definitions.stream()
            .collect(Collectors.groupingBy(TenantDefinition::ats, Collectors.counting()));
    assertEquals(Arrays.stream(Ats.values()).collect(Collectors.toSet()), perAts.keySet());
    assertEquals(9L, perAts.get(Ats.CITTA_METROPOLITANA_MILANO));
  }

  @Test
  void reportsEveryProblemOfAnInvalidFileAtOnce() {
    String json =
        """
        {"tenants": [
          {"code": "asst-lowercase", "name": "X", "ats": "PAVIA"},
          {"code": "ASST-OK", "name": "", "ats": "ATLANTIDE"},
          {"code": "ASST-OK", "name": "Dup", "ats": "PAVIA", "settings": {"no.such.setting": "1"}}
        ]}
        """;

    InvalidTenantDefinitionsException e =
        assertThrows(
            InvalidTenantDefinitionsException.class, () -> TenantDefinitionReader.read(json));

    String all = String.join("\n", e.problems());
    assertTrue(all.contains("tenants[0]") && all.contains("code must match"), all);
    assertTrue(all.contains("name must be"), all);
    assertTrue(all.contains("unknown ATS ATLANTIDE"), all);
    assertTrue(all.contains("duplicate code"), all);
    assertTrue(all.contains("unknown setting no.such.setting"), all);
  }

  @Test
  void anEditedDefinitionHasANewHash() {
    String before = "{\"tenants\":[{\"code\":\"ASST-X\",\"name\":\"Uno\",\"ats\":\"PAVIA\"}]}";
    String after = "{\"tenants\":[{\"code\":\"ASST-X\",\"name\":\"Due\",\"ats\":\"PAVIA\"}]}";

    String h1 = TenantDefinitionReader.read(before).get(0).hash();

    assertEquals(h1, TenantDefinitionReader.read(before).get(0).hash());
    assertNotEquals(h1, TenantDefinitionReader.read(after).get(0).hash());
  }
}

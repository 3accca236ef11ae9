package it.lombardia.irt.domain.model.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void splittingTheTargetByChronicPatientsReproducesTheSeedsNetworkTargets() {
    assertEquals(
        NetworkTargets.lombardia(), Apportionment.split(200_000, NetworkTargets.chronicPatients()));
  }

  @Test
  void thePartsAlwaysAddUpToTheWhole() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("a", 1L);
    weights.put("b", 1L);
    weights.put("c", 1L);
    Map<String, Long> parts = Apportionment.split(100, weights);
    assertEquals(Map.of("a", 34L, "b", 33L, "c", 33L), parts, "the tie goes to the first");
    for (long total = 0; total < 50; total++) {
      Map<String, Long> split = Apportionment.split(total, Map.of("x", 7L, "y", 13L, "z", 29L));
      assertEquals(total, split.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  @Test
  void withoutWeightsTheTargetIsSplitEvenly() {
    Map<String, Long> none = new LinkedHashMap<>();
    none.put("ASST-NIGUARDA", 0L);
    none.put("ASST-LECCO", 0L);
    assertEquals(
        Map.of("ASST-NIGUARDA", 5_001L, "ASST-LECCO", 5_000L), Apportionment.split(10_001, none));
    assertEquals(Map.of(), Apportionment.split(10, Map.of()));
  }

  @Test
  void refusesNegativeTargetsAndWeights() {
    assertThrows(IllegalArgumentException.class, () -> Apportionment.split(-1, Map.of("a", 1L)));
    assertThrows(IllegalArgumentException.class, () -> Apportionment.split(1, Map.of("a", -1L)));
  }
}

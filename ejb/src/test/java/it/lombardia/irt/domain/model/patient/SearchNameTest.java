package it.lombardia.irt.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchNameTest {

  @Test
  void keyDropsAccentsApostrophesAndSpacesAndKeepsSurnameFirst() {
    assertEquals("DAMICO NICOLO", SearchName.of("D'Amico", "Nicolò"));
    assertEquals("DELLACQUA MARIAGRAZIA", SearchName.of("Dell’Acqua", "Maria Grazia"));
    assertEquals("DELUCA ANNALISA", SearchName.of("De Luca", "Anna-Lisa"));
  }

  @Test
  void queryTermsAreNormalisedLikeTheKey() {
    assertEquals(List.of("DAMICO", "NICOLO"), SearchName.terms("  d'amico   nicolò "));
    assertEquals(List.of("NICOLO", "DAMICO"), SearchName.terms("Nicolo D’Amico"));
    assertEquals(List.of("RSSMRA50A01F205"), SearchName.terms("rssmra50a01f205"));
  }

  @Test
  void everyTermOfEitherOrderIsFoundInTheKey() {
    String key = SearchName.of("D'Amico", "Nicolò");
    for (String query : List.of("damico nicolo", "Nicolò D'Amico", "d' amico", "AMICO", "nic")) {
      assertTrue(SearchName.terms(query).stream().allMatch(key::contains), query);
    }
  }

  @Test
  void punctuationAloneIsNoTermAndTermsAreCapped() {
    assertEquals(List.of(), SearchName.terms(" ' - "));
    assertEquals(List.of(), SearchName.terms(null));
    assertEquals(SearchName.MAX_TERMS, SearchName.terms("a b c d e f").size());
  }
}

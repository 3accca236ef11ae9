package it.lombardia.irt.interfaces.rest;

import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service centres' knowledge over REST: articles written by a centre's operators and suggested
 * to the people of the ASSTs it serves by category and words, canned replies, each centre's own
 * both ways; and the requester's satisfaction with a resolved ticket, once, in the Region's
 * figures.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseIT {

  private static final IrtClient NIGUARDA_DESK = demo("niguarda.helpdesk");
  private static final IrtClient BERGAMO_DESK = demo("bergamo.helpdesk");
  private static final IrtClient NIGUARDA_MMG = demo("niguarda.mmg");
  private static final IrtClient BERGAMO_MMG = demo("bergamo.mmg");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  /** A word no other article has. */
  private static String word() {
    return "kw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static long article(IrtClient desk, String category, String title, String body) {
    Answer a =
        desk.post(
            "/api/helpdesk/articles",
            """
            {"category": "%s", "titleIt": "%s", "titleEn": "EN %s",
             "bodyIt": "%s", "bodyEn": "EN %s"}"""
                .formatted(category, title, title, body, body));
    assertEquals(201, a.status(), a.body());
    return a.object().getJsonNumber("id").longValue();
  }

  private static List<String> suggested(IrtClient who, String category, String q) {
    Answer a = who.get("/api/helpdesk/articles?category=" + category + "&q=" + q);
    assertEquals(200, a.status(), a.body());
    return a.array().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("titleIt"))
        .toList();
  }

  private static void refusedAsMissing(IrtClient who, String path, String body) {
    assertEquals(404, who.get(path).status(), "read " + path);
    assertEquals(404, who.put(path, body).status(), "change " + path);
    assertEquals(404, who.delete(path).status(), "delete " + path);
  }

  private static String articleBody(String title) {
    return """
        {"category": "DEVICE", "titleIt": "%s", "titleEn": "x", "bodyIt": "x", "bodyEn": "x"}"""
        .formatted(title);
  }

  @Test
  void aCentresArticlesReachOnlyTheAsstsItServesBothWays() {
    String niguardaWord = word();
    String niguardaTitle = "Bilancia " + niguardaWord;
    long niguarda = article(NIGUARDA_DESK, "DEVICE", niguardaTitle, "Cambiare le pile");
    String bergamoWord = word();
    String bergamoTitle = "Bilancia " + bergamoWord;
    long bergamo = article(BERGAMO_DESK, "DEVICE", bergamoTitle, "Cambiare le pile");

    assertTrue(suggested(NIGUARDA_MMG, "DEVICE", niguardaWord).contains(niguardaTitle));
    assertTrue(suggested(NIGUARDA_DESK, "DEVICE", niguardaWord).contains(niguardaTitle));
    assertFalse(suggested(BERGAMO_MMG, "DEVICE", niguardaWord).contains(niguardaTitle));
    assertFalse(suggested(BERGAMO_DESK, "DEVICE", niguardaWord).contains(niguardaTitle));
    assertEquals(200, NIGUARDA_MMG.get("/api/helpdesk/articles/" + niguarda).status());
    assertEquals(404, BERGAMO_MMG.get("/api/helpdesk/articles/" + niguarda).status());
    refusedAsMissing(BERGAMO_DESK, "/api/helpdesk/articles/" + niguarda, articleBody("Preso"));

    assertTrue(suggested(BERGAMO_MMG, "DEVICE", bergamoWord).contains(bergamoTitle));
    assertFalse(suggested(NIGUARDA_MMG, "DEVICE", bergamoWord).contains(bergamoTitle));
    assertFalse(suggested(NIGUARDA_DESK, "DEVICE", bergamoWord).contains(bergamoTitle));
    assertEquals(404, NIGUARDA_MMG.get("/api/helpdesk/articles/" + bergamo).status());
    refusedAsMissing(NIGUARDA_DESK, "/api/helpdesk/articles/" + bergamo, articleBody("Preso"));
    assertEquals(
        bergamoTitle,
        BERGAMO_DESK.get("/api/helpdesk/articles/" + bergamo).object().getString("titleIt"),
        "untouched by the other centre");
  }

  @Test
  void suggestionsFollowTheCategoryAndTheWordsOfTheSummary() {
    String w = word();
    article(NIGUARDA_DESK, "DEVICE", "Zeta bilancia " + w, "Controllare la bilancia " + w);
    article(NIGUARDA_DESK, "DEVICE", "Alfa generico " + word(), "Nessuna parola in comune");
    article(NIGUARDA_DESK, "VIDEO", "Video " + w, "Audio assente " + w);

    List<String> device = suggested(NIGUARDA_MMG, "DEVICE", "la%20bilancia%20" + w);
    assertTrue(device.get(0).startsWith("Zeta bilancia " + w), "most words first: " + device);
    assertTrue(device.stream().noneMatch(t -> t.startsWith("Video ")), "category only: " + device);
    assertEquals(400, NIGUARDA_MMG.get("/api/helpdesk/articles?category=PRINTER").status());
  }

  @Test
  void onlyTheCentresOperatorsWriteItsArticlesInBothLanguages() {
    Answer byPhysician = NIGUARDA_MMG.post("/api/helpdesk/articles", articleBody("Medico"));
    assertEquals(403, byPhysician.status(), byPhysician.body());
    Answer noEnglish =
        NIGUARDA_DESK.post(
            "/api/helpdesk/articles",
            """
            {"category": "DEVICE", "titleIt": "Solo italiano", "bodyIt": "Testo"}""");
    assertEquals(400, noEnglish.status(), noEnglish.body());
    assertTrue(noEnglish.body().contains("titleEn"), noEnglish.body());

    long id = article(NIGUARDA_DESK, "DEVICE", "Da correggere " + word(), "Testo");
    String corrected = "Corretto " + word();
    Answer changed = NIGUARDA_DESK.put("/api/helpdesk/articles/" + id, articleBody(corrected));
    assertEquals(200, changed.status(), changed.body());
    assertEquals(corrected, changed.object().getString("titleIt"));
    assertEquals(204, NIGUARDA_DESK.delete("/api/helpdesk/articles/" + id).status());
    assertEquals(404, NIGUARDA_DESK.get("/api/helpdesk/articles/" + id).status());
  }

  @Test
  void aCentresCannedRepliesAreItsOperatorsOnlyBothWays() {
    String title = "Risposta " + word();
    Answer created =
        NIGUARDA_DESK.post(
            "/api/helpdesk/canned-replies",
            """
            {"language": "it", "title": "%s", "text": "Buongiorno, la richiamiamo."}"""
                .formatted(title));
    assertEquals(201, created.status(), created.body());
    long id = created.object().getJsonNumber("id").longValue();

    assertTrue(titlesOfReplies(NIGUARDA_DESK).contains(title));
    assertFalse(titlesOfReplies(BERGAMO_DESK).contains(title));
    String change = "{\"language\": \"en\", \"title\": \"Taken\", \"text\": \"Taken.\"}";
    assertEquals(404, BERGAMO_DESK.put("/api/helpdesk/canned-replies/" + id, change).status());
    assertEquals(404, BERGAMO_DESK.delete("/api/helpdesk/canned-replies/" + id).status());
    assertTrue(titlesOfReplies(NIGUARDA_DESK).contains(title), "still there");
    assertEquals(403, NIGUARDA_MMG.get("/api/helpdesk/canned-replies").status());
    Answer badLanguage =
        NIGUARDA_DESK.post(
            "/api/helpdesk/canned-replies",
            "{\"language\": \"fr\", \"title\": \"x\", \"text\": \"x\"}");
    assertEquals(400, badLanguage.status(), badLanguage.body());
  }

  private static List<String> titlesOfReplies(IrtClient desk) {
    Answer a = desk.get("/api/helpdesk/canned-replies");
    assertEquals(200, a.status(), a.body());
    return a.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("title")).toList();
  }

  @Test
  void theRequesterRatesTheirResolvedTicketOnceAndTheRegionCountsIt() {
    int ratedBefore = ratedAtNiguarda();
    Answer opened =
        NIGUARDA_MMG.post(
            "/api/tickets",
            """
            {"channel": "WEB", "category": "VIDEO", "priority": "P3",
             "summary": "Webcam %s"}"""
                .formatted(word()));
    assertEquals(201, opened.status(), opened.body());
    long ticket = opened.object().getJsonNumber("id").longValue();
    String rating = "{\"score\": 4, \"comment\": \"Rapidi e gentili\"}";
    String path = "/api/tickets/" + ticket + "/satisfaction";

    assertEquals(409, NIGUARDA_MMG.post(path, rating).status(), "not resolved yet");
    for (String state : new String[] {"ASSIGNED", "IN_PROGRESS", "RESOLVED"}) {
      Answer moved =
          NIGUARDA_DESK.put("/api/tickets/" + ticket + "/state", "{\"state\": \"" + state + "\"}");
      assertEquals(200, moved.status(), moved.body());
    }
    assertEquals(404, demo("niguarda.infermiere").post(path, rating).status(), "not theirs");
    assertEquals(404, NIGUARDA_DESK.post(path, rating).status(), "the operator is no requester");
    assertEquals(404, BERGAMO_MMG.post(path, rating).status(), "another ASST");
    assertEquals(400, NIGUARDA_MMG.post(path, "{\"score\": 9}").status());
    assertEquals(204, NIGUARDA_MMG.post(path, rating).status());
    assertEquals(409, NIGUARDA_MMG.post(path, rating).status(), "once");

    assertEquals(ratedBefore + 1, ratedAtNiguarda());
  }

  /** How many Niguarda tickets the Region counts as rated by their requester. */
  private static int ratedAtNiguarda() {
    return demo("regione.admin")
        .get("/api/region/tickets/summary")
        .object()
        .getJsonArray("assts")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("code").equals("ASST-NIGUARDA"))
        .mapToInt(r -> r.getInt("rated"))
        .sum();
  }
}

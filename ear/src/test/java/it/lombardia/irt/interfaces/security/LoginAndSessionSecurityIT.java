package it.lombardia.irt.interfaces.security;

import static it.lombardia.irt.testing.IrtClient.anonymous;
import static it.lombardia.irt.testing.IrtClient.basic;
import static it.lombardia.irt.testing.IrtClient.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.testing.IrtClient;
import it.lombardia.irt.testing.IrtClient.Answer;
import it.lombardia.irt.testing.IrtDeployment;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions, cross-site requests, security headers and login throttling, over plain HTTP against the
 * deployed EAR. Every throttled account is one the test creates, so no demo account is slowed down.
 */
@ExtendWith(ArquillianExtension.class)
class LoginAndSessionSecurityIT {

  private static final IrtClient NIGUARDA_ADMIN = demo("niguarda.admin");
  private static final IrtClient BERGAMO_ADMIN = demo("bergamo.admin");
  private static final IrtClient REGION = demo("regione.admin");
  private static final String PASSWORD = "Password-Prova-1";
  private static final String FOREIGN = "https://attacker.example";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return IrtDeployment.ear();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String createNurse(IrtClient admin) {
    String name = unique("thr.");
    Answer created =
        admin.post(
            "/api/users",
            """
            {"username": "%s", "fullName": "Utente di prova", "password": "%s", "roles": ["NURSE"]}
            """
                .formatted(name, PASSWORD));
    assertEquals(201, created.status(), created.body());
    return name;
  }

  /** Fails until the throttle starts: five wrong passwords with the shipped settings. */
  private static void failFiveTimes(String username) {
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic(username, "Sbagliata-" + i).get("/api/me").status());
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- the session cookie and cross-site requests
  // ----------------------------------------------------------------------

  /** The login page as a browser first sees it: its session cookie, view state and script nonce. */
  private record LoginPage(String setCookie, String session, String viewState, String nonce) {

    static LoginPage open() {
      HttpResponse<String> page =
          send(HttpRequest.newBuilder(URI.create(IrtClient.BASE + "/login.xhtml")).GET());
      assertEquals(200, page.statusCode());
      String setCookie =
          page.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("JSESSIONID="))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
      String session = setCookie.substring(0, setCookie.indexOf(';'));
      return new LoginPage(
          setCookie,
          session,
          find(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""),
          find(page.body(), "PrimeFaces\\.csp\\.init\\('([^']+)'\\)"));
    }

    private static String find(String html, String regex) {
      Matcher m = Pattern.compile(regex).matcher(html);
      assertTrue(m.find(), "not on the login page: " + regex);
      return m.group(1);
    }

    HttpResponse<String> logIn(String username, String password, String origin) {
      Map<String, String> form =
          Map.of(
              "login-form", "login-form",
              "login-form:username", username,
              "login-form:password", password,
              "login-form:login-button", "",
              "jakarta.faces.ViewState", viewState,
              "primefaces.nonce", nonce);
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(URI.create(IrtClient.BASE + "/login.xhtml"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", session)
              .header("Origin", origin)
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() {
    String cookie = LoginPage.open().setCookie();

    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertFalse(cookie.contains("Secure"), "served over plain HTTP: " + cookie);
  }

  @Test
  void aFacesFormPostedFromAnotherSiteIsRefusedAndFromThisOneAccepted() {
    String nurse = createNurse(NIGUARDA_ADMIN);
    LoginPage page = LoginPage.open();

    HttpResponse<String> crossSite = page.logIn(nurse, PASSWORD, FOREIGN);
    assertEquals(403, crossSite.statusCode());
    assertTrue(crossSite.headers().firstValue("Location").isEmpty(), "nobody logged in");

    HttpResponse<String> sameSite = page.logIn(nurse, PASSWORD, IrtClient.BASE);
    assertEquals(302, sameSite.statusCode(), sameSite.body());
    assertTrue(sameSite.headers().firstValue("Location").orElseThrow().contains("/app/home"));
  }

  @Test
  void aFacesFormPostedFromAConfiguredOriginIsAccepted() {
    String nurse = createNurse(NIGUARDA_ADMIN);

    HttpResponse<String> proxied =
        LoginPage.open().logIn(nurse, PASSWORD, "https://irt.example.org");

    assertEquals(302, proxied.statusCode(), proxied.body());
  }

  @Test
  void anApiWriteThatCarriesASessionCookieMustComeFromThisSite() {
    String session = LoginPage.open().session();
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("niguarda.admin:" + IrtClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    String user =
        """
        {"username": "%s", "fullName": "Utente", "password": "%s", "roles": ["NURSE"]}
        """;
    for (Optional<String> origin : List.of(Optional.of(FOREIGN), Optional.<String>empty())) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(IrtClient.BASE + "/api/users"))
              .header("Content-Type", "application/json")
              .header("Authorization", authorization)
              .header("Cookie", session)
              .POST(HttpRequest.BodyPublishers.ofString(user.formatted(unique("csrf."), PASSWORD)));
      origin.ifPresent(o -> request.header("Origin", o));
      HttpResponse<String> refused = send(request);
      assertEquals(403, refused.statusCode(), "origin " + origin + ": " + refused.body());
    }

    HttpResponse<String> sameSite =
        send(
            HttpRequest.newBuilder(URI.create(IrtClient.BASE + "/api/users"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .header("Cookie", session)
                .header("Origin", IrtClient.BASE)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        user.formatted(unique("csrf."), PASSWORD))));
    assertEquals(201, sameSite.statusCode(), sameSite.body());
  }

  @Test
  void securityHeadersAreOnEveryAnswerEvenA401AndA404() {
    List<Answer> answers =
        List.of(
            anonymous().get("/api/tenants"),
            anonymous().get("/no-such-page.xhtml"),
            REGION.get("/api/tenants/NO-SUCH-ASST"),
            anonymous().get("/login.xhtml"));
    assertEquals(401, answers.get(0).status());
    assertEquals(404, answers.get(1).status());
    assertEquals(404, answers.get(2).status());
    for (Answer answer : answers) {
      assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.body());
      assertEquals("SAMEORIGIN", answer.header("X-Frame-Options"));
      assertEquals("no-store", answer.header("Cache-Control"));
      String policy = answer.header("Content-Security-Policy");
      assertNotNull(policy, "status " + answer.status());
      assertEquals(1, answer.headers().allValues("Content-Security-Policy").size(), policy);
      assertTrue(policy.contains("frame-ancestors 'self'"), policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      String scripts = policy.substring(policy.indexOf("script-src"));
      assertFalse(scripts.contains("unsafe-inline"), policy);
    }
    String loginPolicy = answers.get(3).header("Content-Security-Policy");
    assertTrue(loginPolicy.contains("'nonce-"), "the page's scripts run by nonce: " + loginPolicy);
    assertTrue(loginPolicy.contains("https://meet.jit.si"), loginPolicy);
  }

  // --- login throttling
  // ----------------------------------------------------------------------------------

  @Test
  void anonymousFailuresOnlyDelayTheRealUserWhoGetsInOnceTheDelayIsOver() throws Exception {
    String nurse = createNurse(NIGUARDA_ADMIN);
    failFiveTimes(nurse);

    Answer throttled = basic(nurse, PASSWORD).get("/api/me");
    assertEquals(401, throttled.status(), "even the right password waits while throttled");
    String retryAfter = throttled.header("Retry-After");
    assertNotNull(retryAfter);
    long seconds = Long.parseLong(retryAfter);
    assertTrue(seconds >= 1 && seconds <= 2, retryAfter);

    Thread.sleep(seconds * 1000 + 300);

    Answer after = basic(nurse, PASSWORD).get("/api/me");
    assertEquals(200, after.status(), after.body());
    assertEquals(nurse, after.object().getString("name"));
    assertEquals(
        401,
        basic(nurse, "Sbagliata-ancora").get("/api/me").status(),
        "a success cleared the count: one more failure is just a failure");
    assertNull(basic(nurse, "Sbagliata-ancora").get("/api/me").header("Retry-After"));
  }

  @Test
  void unknownAndRealAccountsGetByteIdenticalFailures() {
    String nurse = createNurse(NIGUARDA_ADMIN);
    String nobody = unique("nessuno.");

    assertSameFailure(
        basic(nurse, "Sbagliata-1").get("/api/me"), basic(nobody, "Sbagliata-1").get("/api/me"));

    failFiveTimes(nurse);
    failFiveTimes(nobody);
    Answer realThrottled = basic(nurse, PASSWORD).get("/api/me");
    Answer unknownThrottled = basic(nobody, PASSWORD).get("/api/me");
    assertSameFailure(realThrottled, unknownThrottled);
    assertNotNull(realThrottled.header("Retry-After"));
  }

  private static void assertSameFailure(Answer real, Answer unknown) {
    assertEquals(401, real.status());
    assertEquals(real.status(), unknown.status());
    assertEquals(real.body(), unknown.body());
    assertEquals(real.header("WWW-Authenticate"), unknown.header("WWW-Authenticate"));
    assertEquals(real.header("Content-Type"), unknown.header("Content-Type"));
    assertEquals(
        real.header("Retry-After") == null, unknown.header("Retry-After") == null, "Retry-After");
  }

  @Test
  void theAsstAdministratorLiftsAThrottleAuditedWhileAnotherAsstNeitherSeesNorLiftsIt() {
    String nurse = createNurse(NIGUARDA_ADMIN);
    failFiveTimes(nurse);

    // Listed while it matters, not only during the delay: only a lift takes it off.
    JsonObject throttle = throttleOf(NIGUARDA_ADMIN, nurse).orElseThrow();
    assertEquals("ACCOUNT", throttle.getString("kind"));
    assertEquals("ASST-NIGUARDA", throttle.getString("tenant"));
    assertEquals(5, throttle.getInt("failures"));
    long id = throttle.getJsonNumber("id").longValue();
    assertTrue(throttleOf(REGION, nurse).isPresent(), "the Region sees every throttle");
    assertTrue(throttleOf(BERGAMO_ADMIN, nurse).isEmpty(), "another ASST does not see it");
    assertEquals(404, BERGAMO_ADMIN.delete("/api/login-throttles/" + id).status());
    assertTrue(throttleOf(NIGUARDA_ADMIN, nurse).isPresent(), "another ASST lifted nothing");

    assertEquals(204, NIGUARDA_ADMIN.delete("/api/login-throttles/" + id).status());

    assertTrue(throttleOf(NIGUARDA_ADMIN, nurse).isEmpty());
    assertEquals(200, basic(nurse, PASSWORD).get("/api/me").status());
    List<JsonObject> events = eventsOf(NIGUARDA_ADMIN, nurse);
    JsonObject lifted = events.get(0);
    assertEquals("LIFTED", lifted.getString("event"));
    assertEquals("niguarda.admin", lifted.getString("actor"));
    assertFalse(lifted.getString("clientAddress").isBlank());
    assertNotNull(lifted.getString("at"));
    JsonObject locked = events.get(1);
    assertEquals("LOCKED", locked.getString("event"));
    assertEquals("anonymous", locked.getString("actor"));
    assertFalse(locked.getString("clientAddress").isBlank(), "where the failures came from");
    assertTrue(eventsOf(BERGAMO_ADMIN, nurse).isEmpty(), "another ASST does not see the trail");
  }

  @Test
  void staffWithoutAnAdministratorRoleCannotSeeOrLiftThrottles() {
    assertEquals(403, demo("niguarda.infermiere").get("/api/login-throttles").status());
    assertEquals(403, demo("niguarda.infermiere").delete("/api/login-throttles/1").status());
  }

  private static Optional<JsonObject> throttleOf(IrtClient admin, String username) {
    Answer list = admin.get("/api/login-throttles");
    assertEquals(200, list.status(), list.body());
    return list.array().getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("subject").equals(username))
        .findFirst();
  }

  private static List<JsonObject> eventsOf(IrtClient admin, String username) {
    Answer list = admin.get("/api/login-throttles/events");
    assertEquals(200, list.status(), list.body());
    return list.array().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("subject").equals(username))
        .toList();
  }
}

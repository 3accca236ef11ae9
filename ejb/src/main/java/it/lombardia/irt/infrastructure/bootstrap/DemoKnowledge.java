package it.lombardia.irt.infrastructure.bootstrap;

import it.lombardia.irt.domain.model.helpdesk.CannedReply;
import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo centres' phone numbers (fictitious), and a few knowledge-base articles and canned
 * replies in Italian and English for each demo centre. A centre that has articles or replies
 * already, or a phone, keeps them.
 */
@Stateless
public class DemoKnowledge {

  private static final String AUTHOR = "demo";

  static final Map<String, String> PHONES =
      Map.of(
          "CS-NIGUARDA", "02 0000 1111",
          "CS-BERGAMO", "035 000 2222",
          "CS-BRIANZA", "039 000 3333");

  private record Article(TicketCategory category, Label title, Label body) {}

  private record Reply(String language, String title, String text) {}

  private static final List<Article> ARTICLES =
      List.of(
          new Article(
              TicketCategory.DEVICE,
              Label.of(
                  "La bilancia non si accende o non trasmette il peso",
                  "The scale does not switch on or does not send the weight"),
              Label.of(
                  "1. Sostituire le pile (4 AAA) e riprovare.\n2. Verificare che il gateway o lo"
                      + " smartphone sia acceso e vicino alla bilancia (entro 3 metri).\n3. Salire"
                      + " sulla bilancia a piedi nudi e attendere il segnale acustico.\nSe il"
                      + " problema resta, aprire un ticket di guasto: il Centro Servizi propone la"
                      + " sostituzione.",
                  "1. Replace the batteries (4 AAA) and try again.\n2. Check that the gateway or"
                      + " smartphone is on and near the scale (within 3 metres).\n3. Step on the"
                      + " scale barefoot and wait for the beep.\nIf the problem persists, open a"
                      + " fault ticket: the service centre arranges a replacement.")),
          new Article(
              TicketCategory.DEVICE,
              Label.of(
                  "Il saturimetro mostra un errore o valori instabili",
                  "The pulse oximeter shows an error or unstable readings"),
              Label.of(
                  "Togliere lo smalto, scaldare le mani, tenere il dito fermo per un minuto."
                      + " Errore persistente: sostituire le pile, poi segnalare il guasto.",
                  "Remove nail polish, warm the hands, keep the finger still for a minute."
                      + " Persistent error: replace the batteries, then report the fault.")),
          new Article(
              TicketCategory.CONNECTIVITY,
              Label.of(
                  "Il router 4G del paziente non si connette",
                  "The patient's 4G router does not connect"),
              Label.of(
                  "Spegnere e riaccendere il router, attendere due minuti, controllare che la"
                      + " spia del segnale sia verde. Se resta rossa, spostarlo vicino a una"
                      + " finestra; altrimenti inoltrare al fornitore della connettività.",
                  "Switch the router off and on, wait two minutes, check that the signal light"
                      + " is green. If it stays red, move it near a window; otherwise escalate to"
                      + " the connectivity supplier.")),
          new Article(
              TicketCategory.VIDEO,
              Label.of(
                  "In televisita non si sente l'audio o non si vede il video",
                  "No audio or no video in a televisit"),
              Label.of(
                  "Consentire al browser l'uso di microfono e videocamera, chiudere altre"
                      + " applicazioni che li usano, usare Chrome, Edge o Firefox aggiornati.",
                  "Allow the browser to use the microphone and camera, close other applications"
                      + " using them, use an up-to-date Chrome, Edge or Firefox.")),
          new Article(
              TicketCategory.APPLICATION,
              Label.of(
                  "Account bloccato o password dimenticata",
                  "Locked account or forgotten password"),
              Label.of(
                  "Dopo troppi tentativi l'account resta bloccato per alcuni minuti. Il Centro"
                      + " Servizi può sbloccarlo e avviare il ripristino della password dopo aver"
                      + " verificato l'identità: non chiede né vede mai la password.",
                  "After too many attempts the account stays locked for a few minutes. The"
                      + " service centre can unlock it and start a password reset after checking"
                      + " the identity: it never asks for nor sees the password.")));

  private static final List<Reply> REPLIES =
      List.of(
          new Reply(
              "it",
              "Presa in carico",
              "Buongiorno, abbiamo preso in carico la sua segnalazione e la ricontatteremo"
                  + " entro la giornata lavorativa."),
          new Reply(
              "it",
              "Sostituzione del dispositivo",
              "Il dispositivo risulta guasto: l'ADI le consegnerà e installerà un dispositivo"
                  + " sostitutivo. Non serve restituire quello guasto prima della consegna."),
          new Reply(
              "en",
              "Ticket taken",
              "Good morning, we have taken your report and will contact you again within the"
                  + " working day."),
          new Reply(
              "en",
              "Device replacement",
              "The device is faulty: home care (ADI) will deliver and install a replacement. No"
                  + " need to return the faulty one before the delivery."));

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** For every demo centre that exists, in the Region's transaction of the demo data. */
  public void centresKnowledge() {
    Instant now = clock.instant();
    for (ServiceCentre centre :
        em.createQuery("select c from ServiceCentre c where c.code in :c", ServiceCentre.class)
            .setParameter("c", PHONES.keySet())
            .getResultList()) {
      if (centre.getPhone() == null) {
        centre.changePhone(PHONES.get(centre.getCode()));
      }
      String code = centre.getCode();
      if (count("select count(a) from KnowledgeArticle a where a.centreCode = :c", code) == 0) {
        ARTICLES.forEach(
            a ->
                em.persist(
                    new KnowledgeArticle(code)
                        .write(a.category(), a.title(), a.body(), AUTHOR, now)));
      }
      if (count("select count(r) from CannedReply r where r.centreCode = :c", code) == 0) {
        REPLIES.forEach(
            r ->
                em.persist(
                    new CannedReply(code).write(r.language(), r.title(), r.text(), AUTHOR, now)));
      }
    }
  }

  private long count(String jpql, String centre) {
    return em.createQuery(jpql, Long.class).setParameter("c", centre).getSingleResult();
  }
}

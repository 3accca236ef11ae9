package it.lombardia.irt.interfaces.fhir;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.monitoring.Answers;
import it.lombardia.irt.domain.model.monitoring.AnsweredQuestionnaire;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * FHIR {@code QuestionnaireResponse} ↔ IRT: a plug-in questionnaire is named by the canonical
 * {@value #CANONICAL}{@code {id}} (a version after {@code |} is ignored: the patient's enrolment
 * pins it); each item's {@code linkId} is the plug-in item's id and its answer an option code
 * ({@code valueCoding}), yes/no ({@code valueBoolean}) or a number.
 */
final class QuestionnaireResponseMapping {

  static final String CANONICAL = "https://irt.regione.lombardia.it/fhir/Questionnaire/";

  private QuestionnaireResponseMapping() {}

  static Answers answers(QuestionnaireResponse r, String field) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    Identifier identifier = r.getIdentifier();
    if (!identifier.hasSystem() || !identifier.hasValue()) {
      problems.add(
          problem(
              field + ".identifier",
              "an identifier with system and value is required: it makes a re-sent response"
                  + " recognisable"));
    }
    if (r.getStatus() != QuestionnaireResponseStatus.COMPLETED) {
      problems.add(problem(field + ".status", "only a completed response is accepted"));
    }
    String questionnaire = questionnaireId(r.getQuestionnaire());
    if (questionnaire == null) {
      problems.add(
          problem(
              field + ".questionnaire",
              "the questionnaire must be the canonical " + CANONICAL + "{id} of a plug-in's"));
    }
    Long patientId = null;
    String codiceFiscale = null;
    Reference subject = r.getSubject();
    if (LocalReferences.localId(subject, "Patient") != null) {
      patientId = LocalReferences.localId(subject, "Patient");
    } else if (LocalReferences.isElsewhere(subject)) {
      problems.add(problem(field + ".subject", LocalReferences.elsewhere(subject)));
    } else if (ObservationMapping.CODICE_FISCALE.equals(subject.getIdentifier().getSystem())
        && subject.getIdentifier().hasValue()) {
      codiceFiscale = subject.getIdentifier().getValue().toUpperCase(Locale.ROOT);
    } else {
      problems.add(
          problem(
              field + ".subject",
              "the subject must be Patient/{id} or a codice fiscale identifier ("
                  + ObservationMapping.CODICE_FISCALE
                  + ")"));
    }
    DateTimeType authored = r.getAuthoredElement();
    if (authored.getValue() == null || authored.getTimeZone() == null) {
      problems.add(
          problem(field + ".authored", "the time of the answers is required, with a time zone"));
    }
    Map<String, String> answers = new LinkedHashMap<>();
    collect(r.getItem(), field + ".item", answers, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Answers(
        field,
        patientId,
        codiceFiscale,
        questionnaire,
        authored.getValue().toInstant(),
        new Measurement.Identifier(identifier.getSystem(), identifier.getValue()),
        answers);
  }

  /** Items may be grouped: each answered item, at any depth, is one answer. */
  private static void collect(
      List<QuestionnaireResponseItemComponent> items,
      String field,
      Map<String, String> answers,
      List<InvalidInputException.Problem> problems) {
    for (int i = 0; i < items.size(); i++) {
      QuestionnaireResponseItemComponent item = items.get(i);
      String where = field + "[" + i + "]";
      collect(item.getItem(), where + ".item", answers, problems);
      if (!item.hasAnswer()) {
        continue;
      }
      if (item.getAnswer().size() > 1) {
        problems.add(problem(where + ".answer", "one answer per item"));
        continue;
      }
      String value = value(item.getAnswerFirstRep().getValue());
      if (value == null) {
        problems.add(
            problem(
                where + ".answer",
                "an answer is a valueCoding (the option's code), a valueBoolean or a number"));
      } else if (answers.put(item.getLinkId(), value) != null) {
        problems.add(
            problem(where + ".linkId", "item '" + item.getLinkId() + "' is answered twice"));
      }
    }
  }

  private static String value(Type v) {
    if (v instanceof Coding c && c.hasCode()) {
      return c.getCode();
    }
    if (v instanceof org.hl7.fhir.r4.model.BooleanType b && b.getValue() != null) {
      return b.getValue() ? "yes" : "no";
    }
    if (v instanceof DecimalType d && d.getValue() != null) {
      return d.getValue().toPlainString();
    }
    if (v instanceof org.hl7.fhir.r4.model.IntegerType n && n.getValue() != null) {
      return n.getValue().toString();
    }
    return null;
  }

  /** The plug-in questionnaire id of a canonical, or null when it names none. */
  private static String questionnaireId(String canonical) {
    if (canonical == null) {
      return null;
    }
    String url =
        canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
    int at = url.lastIndexOf("Questionnaire/");
    String id = at < 0 ? "" : url.substring(at + "Questionnaire/".length());
    return id.matches("[A-Za-z0-9._-]{1,80}") ? id : null;
  }

  static QuestionnaireResponse questionnaireResponse(AnsweredQuestionnaire q) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.setId("QuestionnaireResponse/" + q.getId());
    r.getMeta().setLastUpdated(Date.from(q.getReceivedAt()));
    r.getIdentifier().setSystem(q.identifier().system()).setValue(q.identifier().value());
    r.setQuestionnaire(CANONICAL + q.getQuestionnaireId() + "|" + q.getNetworkVersion());
    r.setStatus(QuestionnaireResponseStatus.COMPLETED);
    r.setSubject(new Reference("Patient/" + q.getPatientId()));
    r.setAuthoredElement(new DateTimeType(Date.from(q.getAuthoredAt())));
    for (AnsweredQuestionnaire.Answer a : q.getAnswers()) {
      QuestionnaireResponseItemAnswerComponent answer = r.addItem().setLinkId(a.item()).addAnswer();
      if (a.code() != null) {
        answer.setValue(new Coding().setCode(a.code()));
      } else {
        answer.setValue(new DecimalType(BigDecimal.valueOf(a.number())));
      }
    }
    return r;
  }

  private static InvalidInputException.Problem problem(String field, String message) {
    return new InvalidInputException.Problem(field, "error.fhir.questionnaireResponse", message);
  }
}

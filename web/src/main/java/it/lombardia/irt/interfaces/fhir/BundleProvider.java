package it.lombardia.irt.interfaces.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.monitoring.IngestResult;
import it.lombardia.irt.application.monitoring.MeasurementIngestion;
import it.lombardia.irt.application.monitoring.Reading;
import it.lombardia.irt.interfaces.fhir.validation.ResourceValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code Bundle} of type batch or transaction, POSTed to the base: Observations to create. A batch
 * answers each entry on its own (201, 200 for a re-sent one, 422 with an OperationOutcome); a
 * transaction stores all its entries or none. A vendor platform (level 2, e.g. implantable cardiac
 * devices in the shape of HL7 CardX-CIED) may post a collection: its entries other than
 * Observations (Device, Patient, DiagnosticReport, Organization, …) are the context of its
 * Observations, which name the vendor's own patient — IRT finds its patient through the association
 * of the device (by serial number) at the time of each reading. The whole bundle is stored and
 * evaluated in one database transaction, so a batch of 100 readings costs little more than one.
 */
@ApplicationScoped
public class BundleProvider {

  @Inject MeasurementIngestion ingestion;
  @Inject ResourceValidation validation;

  /** The readings of one entry, or why the entry was refused before ingestion. */
  private record Entry(List<Reading> readings, InvalidInputException refused) {

    static final Entry CONTEXT = new Entry(List.of(), null);
  }

  @Transaction
  public Bundle transaction(@TransactionParam Bundle bundle) {
    boolean transaction = bundle.getType() == BundleType.TRANSACTION;
    boolean vendor = bundle.getType() == BundleType.COLLECTION;
    if (!transaction && !vendor && bundle.getType() != BundleType.BATCH) {
      throw new InvalidRequestException(
          "Bundle.type must be batch, transaction or (a vendor platform's) collection");
    }
    Map<String, Resource> byUrl = new HashMap<>();
    for (BundleEntryComponent e : bundle.getEntry()) {
      if (e.hasFullUrl() && e.getResource() != null) {
        byUrl.put(e.getFullUrl(), e.getResource());
      }
    }
    Function<Reference, Resource> bundled =
        r -> r.hasReference() ? byUrl.get(r.getReference()) : null;
    List<Entry> entries = new ArrayList<>();
    List<List<Reading>> submitted = new ArrayList<>();
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Entry entry = entry(bundle.getEntry().get(i), "Bundle.entry[" + i + "]", vendor, bundled);
      entries.add(entry);
      if (entry.refused() != null) {
        problems.addAll(entry.refused().problems());
      } else if (entry != Entry.CONTEXT) {
        submitted.add(entry.readings());
      }
    }
    if (transaction && !problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Iterator<List<IngestResult>> results = results(submitted, transaction).iterator();
    Bundle response = new Bundle();
    response.setType(transaction ? BundleType.TRANSACTIONRESPONSE : BundleType.BATCHRESPONSE);
    int next = 0;
    for (Entry entry : entries) {
      BundleEntryComponent answer = response.addEntry();
      if (entry == Entry.CONTEXT) {
        answer.getResponse().setStatus("200 OK");
        continue;
      }
      if (entry.refused() != null) {
        answer
            .getResponse()
            .setStatus("422 Unprocessable Entity")
            .setOutcome(FhirErrors.outcome(entry.refused().problems()));
        continue;
      }
      List<IngestResult> mine = results.next();
      respond(answer, mine);
    }
    return response;
  }

  /**
   * Each entry's results: a transaction's entries are stored all together or not at all, a batch's
   * (or a collection's) each on its own, all in one database transaction.
   */
  private List<List<IngestResult>> results(List<List<Reading>> submitted, boolean transaction) {
    if (submitted.isEmpty()) {
      return List.of();
    }
    return transaction ? ingestion.ingestAll(submitted) : ingestion.ingestEach(submitted);
  }

  private Entry entry(
      BundleEntryComponent e, String field, boolean vendor, Function<Reference, Resource> bundled) {
    if (vendor && e.getResource() != null && !(e.getResource() instanceof Observation)) {
      return Entry.CONTEXT;
    }
    if (!(e.getResource() instanceof Observation observation)
        || (e.hasRequest() && e.getRequest().getMethod() != HTTPVerb.POST)) {
      return new Entry(
          List.of(),
          InvalidInputException.of(field, "error.fhir.bundle", "each entry POSTs an Observation"));
    }
    try {
      List<Reading> readings =
          ObservationMapping.readings(observation, field + ".resource", bundled);
      validation.check(observation, field + ".resource");
      return new Entry(readings, null);
    } catch (InvalidInputException refused) {
      return new Entry(List.of(), refused);
    }
  }

  private static void respond(BundleEntryComponent answer, List<IngestResult> results) {
    IngestResult refused =
        results.stream().filter(r -> r.outcome().refused()).findFirst().orElse(null);
    if (refused != null) {
      answer
          .getResponse()
          .setStatus(
              switch (refused.outcome()) {
                case CONFLICT -> "409 Conflict";
                case FORBIDDEN -> "403 Forbidden";
                default -> "422 Unprocessable Entity";
              })
          .setOutcome(FhirErrors.outcome(refused.problems()));
      return;
    }
    boolean created = results.stream().anyMatch(r -> r.outcome() == IngestResult.Outcome.CREATED);
    answer
        .getResponse()
        .setStatus(created ? "201 Created" : "200 OK")
        .setLocation("Observation/" + results.get(0).id() + "/_history/" + results.get(0).version())
        .setEtag("W/\"" + results.get(0).version() + "\"");
  }
}

package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.report.TableReport;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.shared.Italy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home-care record as a PDF in the reader's language, for the page's export button and the API
 * alike.
 */
@ApplicationScoped
public class RecordPdf {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject Clock clock;
  @Inject UserDirectory directory;

  /** The entries as a PDF generated now by the caller, every professional named, not by id. */
  public byte[] render(
      Patient patient, List<RecordEntry> entries, HomeCareRecord.Filter filter, Locale locale) {
    Map<String, String> names = new HashMap<>();
    Function<String, String> name = username -> names.computeIfAbsent(username, directory::nameOf);
    ResourceBundle msg = ResourceBundle.getBundle(RecordEntryText.BUNDLE, locale);
    RecordEntryText text = new RecordEntryText(locale, name);
    String types =
        filter.types().isEmpty()
            ? msg.getString("record.allTypes")
            : filter.types().stream()
                .map(t -> msg.getString("record.type." + t.name()))
                .collect(Collectors.joining(", "));
    String period =
        (filter.from() == null ? "…" : DATE.format(filter.from()))
            + " – "
            + (filter.to() == null ? "…" : DATE.format(filter.to()));
    List<String> header =
        List.of(
            patient.getFamilyName()
                + " "
                + patient.getGivenName()
                + " · "
                + patient.getCodiceFiscale()
                + " · "
                + DATE.format(patient.getBirthDate()),
            msg.getString("record.pdf.filter") + ": " + types + " · " + period,
            MessageFormat.format(
                msg.getString("record.pdf.generated"),
                directory.callerName(),
                DATE_TIME.format(clock.instant().atZone(Italy.ZONE))));
    List<List<String>> rows =
        entries.stream()
            .map(
                e ->
                    List.of(
                        DATE_TIME.format(e.getOccurredAt().atZone(Italy.ZONE)),
                        msg.getString("record.type." + e.getType().name()),
                        name.apply(e.getAuthor()),
                        text.summary(e)))
            .toList();
    return new TableReport(
            msg.getString("record.pdf.title"),
            header,
            List.of(
                msg.getString("record.when"),
                msg.getString("record.type"),
                msg.getString("record.author"),
                msg.getString("record.summary")),
            List.of(2.2f, 1.6f, 2f, 6f),
            rows,
            msg.getString("record.pdf.footer"))
        .toPdf();
  }
}

package it.lombardia.irt.domain.model.record;

import java.util.List;

/**
 * What an entry IRT writes in the home-care record says: a message of the UI bundles ({@code key})
 * and its arguments, rendered in the reader's language when the record is read. Made by {@link
 * EntryMessage#with}, which checks the arguments against the message.
 */
public record EntryText(String key, List<EntryArg> args) {

  public EntryText {
    args = args == null ? List.of() : List.copyOf(args);
  }
}

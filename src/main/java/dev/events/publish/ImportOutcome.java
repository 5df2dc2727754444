package dev.events.publish;

import java.util.List;

import dev.events.content.ImportItem;

/**
 * What an import from the author UI did.
 *
 * @param items   every event of the file, valid or refused with its reasons
 * @param written true when the valid events were saved; false when refused events stopped the import
 */
public record ImportOutcome(List<ImportItem> items, boolean written) {

    /** @return how many events were imported */
    public long imported() {
        return written ? items.stream().filter(ImportItem::valid).count() : 0;
    }

    /** @return how many events were refused */
    public long refused() {
        return items.stream().filter(i -> !i.valid()).count();
    }
}

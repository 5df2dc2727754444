package dev.events.author;

import java.time.Instant;

import dev.events.content.PublicationStatus;

/**
 * One event in the browser's table.
 *
 * @param name           the node name, also the editor's URL name
 * @param folder         the folder it is in
 * @param title          the title in the default language
 * @param dateLine       its date line
 * @param location       its location line
 * @param status         its publication status
 * @param lastModifiedBy who changed it last
 * @param lastModified   when it was changed last, or null
 * @param workflow       pending, scheduled or rejected while a request is under way; empty otherwise
 */
public record BrowserRow(String name, String folder, String title, String dateLine, String location,
        PublicationStatus status, String lastModifiedBy, Instant lastModified, String workflow) {
}

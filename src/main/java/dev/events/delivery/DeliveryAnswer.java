package dev.events.delivery;

import java.time.Instant;

/**
 * A successful answer of the delivery API, before HTTP.
 *
 * @param body         the JSON, UTF-8
 * @param lastModified the latest change of what the answer serves, never null
 */
record DeliveryAnswer(byte[] body, Instant lastModified) {
}

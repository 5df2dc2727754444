package dev.events.bench;

/**
 * A place generated events happen in.
 *
 * @param city      the city name
 * @param country   the ISO 3166 alpha-2 code
 * @param latitude  decimal degrees
 * @param longitude decimal degrees
 * @param zone      the IANA time zone of the place
 */
public record BenchPlace(String city, String country, double latitude, double longitude, String zone) {
}

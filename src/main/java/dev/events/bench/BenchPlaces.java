package dev.events.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@value #COUNT} places of generated events: real cities across many time zones, and towns with made-up
 * names near them (same country and zone, coordinates within about a degree). Always the same places, whatever
 * the seed, so that figures of runs with different seeds compare.
 */
final class BenchPlaces {

    static final int COUNT = 500;

    /** City, country, latitude, longitude, zone. */
    private static final Object[][] CITIES = {
        {"Paris", "FR", 48.857, 2.352, "Europe/Paris"}, {"Lyon", "FR", 45.764, 4.836, "Europe/Paris"},
        {"Marseille", "FR", 43.296, 5.370, "Europe/Paris"}, {"Strasbourg", "FR", 48.573, 7.752, "Europe/Paris"},
        {"Bordeaux", "FR", 44.838, -0.579, "Europe/Paris"}, {"Lille", "FR", 50.629, 3.057, "Europe/Paris"},
        {"Toulouse", "FR", 43.605, 1.444, "Europe/Paris"}, {"Nantes", "FR", 47.218, -1.554, "Europe/Paris"},
        {"Geneva", "CH", 46.204, 6.143, "Europe/Zurich"}, {"Zurich", "CH", 47.377, 8.541, "Europe/Zurich"},
        {"Brussels", "BE", 50.850, 4.352, "Europe/Brussels"}, {"Antwerp", "BE", 51.219, 4.402, "Europe/Brussels"},
        {"Amsterdam", "NL", 52.370, 4.895, "Europe/Amsterdam"}, {"Rotterdam", "NL", 51.924, 4.478, "Europe/Amsterdam"},
        {"Berlin", "DE", 52.520, 13.405, "Europe/Berlin"}, {"Munich", "DE", 48.135, 11.582, "Europe/Berlin"},
        {"Hamburg", "DE", 53.551, 9.994, "Europe/Berlin"}, {"Cologne", "DE", 50.938, 6.960, "Europe/Berlin"},
        {"Vienna", "AT", 48.208, 16.373, "Europe/Vienna"}, {"Rome", "IT", 41.903, 12.496, "Europe/Rome"},
        {"Milan", "IT", 45.464, 9.190, "Europe/Rome"}, {"Madrid", "ES", 40.417, -3.704, "Europe/Madrid"},
        {"Barcelona", "ES", 41.385, 2.173, "Europe/Madrid"}, {"Lisbon", "PT", 38.722, -9.139, "Europe/Lisbon"},
        {"London", "GB", 51.507, -0.128, "Europe/London"}, {"Edinburgh", "GB", 55.953, -3.188, "Europe/London"},
        {"Dublin", "IE", 53.350, -6.260, "Europe/Dublin"}, {"Copenhagen", "DK", 55.676, 12.568, "Europe/Copenhagen"},
        {"Stockholm", "SE", 59.329, 18.069, "Europe/Stockholm"}, {"Oslo", "NO", 59.914, 10.752, "Europe/Oslo"},
        {"Helsinki", "FI", 60.170, 24.938, "Europe/Helsinki"}, {"Warsaw", "PL", 52.230, 21.012, "Europe/Warsaw"},
        {"Prague", "CZ", 50.076, 14.438, "Europe/Prague"}, {"Budapest", "HU", 47.498, 19.040, "Europe/Budapest"},
        {"Athens", "GR", 37.984, 23.728, "Europe/Athens"}, {"New York", "US", 40.713, -74.006, "America/New_York"},
        {"Boston", "US", 42.360, -71.059, "America/New_York"}, {"Washington", "US", 38.907, -77.037, "America/New_York"},
        {"Chicago", "US", 41.878, -87.630, "America/Chicago"},
        {"San Francisco", "US", 37.775, -122.419, "America/Los_Angeles"},
        {"Los Angeles", "US", 34.052, -118.244, "America/Los_Angeles"},
        {"Montréal", "CA", 45.502, -73.567, "America/Toronto"}, {"Toronto", "CA", 43.653, -79.383, "America/Toronto"},
        {"Québec", "CA", 46.813, -71.208, "America/Toronto"}, {"Vancouver", "CA", 49.283, -123.121, "America/Vancouver"},
        {"Mexico City", "MX", 19.433, -99.133, "America/Mexico_City"},
        {"São Paulo", "BR", -23.551, -46.633, "America/Sao_Paulo"},
        {"Buenos Aires", "AR", -34.604, -58.382, "America/Argentina/Buenos_Aires"},
        {"Tokyo", "JP", 35.676, 139.650, "Asia/Tokyo"}, {"Osaka", "JP", 34.694, 135.502, "Asia/Tokyo"},
        {"Hamamatsu", "JP", 34.711, 137.726, "Asia/Tokyo"}, {"Kyoto", "JP", 35.012, 135.768, "Asia/Tokyo"},
        {"Seoul", "KR", 37.567, 126.978, "Asia/Seoul"}, {"Singapore", "SG", 1.352, 103.820, "Asia/Singapore"},
        {"Hong Kong", "HK", 22.320, 114.169, "Asia/Hong_Kong"}, {"Sydney", "AU", -33.869, 151.209, "Australia/Sydney"},
        {"Melbourne", "AU", -37.814, 144.963, "Australia/Melbourne"},
        {"Brisbane", "AU", -27.470, 153.026, "Australia/Brisbane"},
        {"Auckland", "NZ", -36.849, 174.763, "Pacific/Auckland"}, {"Dakar", "SN", 14.716, -17.467, "Africa/Dakar"},
        {"Casablanca", "MA", 33.573, -7.590, "Africa/Casablanca"},
        {"Cape Town", "ZA", -33.925, 18.424, "Africa/Johannesburg"}, {"Nairobi", "KE", -1.292, 36.822, "Africa/Nairobi"},
        {"Dubai", "AE", 25.205, 55.271, "Asia/Dubai"}, {"Mumbai", "IN", 19.076, 72.878, "Asia/Kolkata"},
    };
    private static final String[] STARTS = {"Beau", "Mont", "Val", "Nord", "Ros", "Lin", "Ash", "Brook", "Fair",
        "Green", "Kirk", "Ober", "Castel", "Villa", "Port", "Belle", "Haut", "Saint-Rem", "Elm", "Oak", "Stein",
        "Mar", "Ber", "Lau"};
    private static final String[] ENDS = {"ville", "mont", "bourg", "berg", "field", "ford", "haven", "wick", "dorf",
        "stadt", "bridge", "lac", "mar", "rive", "val", "court", "ton", "heim", "ley", "moor", "sund", "by", "ac",
        "ano"};
    private static final long PLACES_SEED = 20_170_915L;

    private BenchPlaces() {
    }

    /** @return the places, the real cities first */
    static List<BenchPlace> all() {
        List<BenchPlace> places = new ArrayList<>();
        for (Object[] c : CITIES) {
            places.add(new BenchPlace((String) c[0], (String) c[1], (Double) c[2], (Double) c[3], (String) c[4]));
        }
        SplittableRandom random = new SplittableRandom(PLACES_SEED);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        places.forEach(p -> names.add(p.city()));
        while (places.size() < COUNT) {
            String name = STARTS[random.nextInt(STARTS.length)] + ENDS[random.nextInt(ENDS.length)];
            BenchPlace near = places.get(random.nextInt(CITIES.length));
            if (names.add(name)) {
                places.add(new BenchPlace(name, near.country(), round(near.latitude() + random.nextDouble(-1, 1)),
                        round(near.longitude() + random.nextDouble(-1, 1)), near.zone()));
            }
        }
        return List.copyOf(places);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}

package dev.events.bench;

import java.util.List;

/** The words of generated events, in English and French: categories with the kind of event each names. */
final class BenchWords {

    /**
     * A category and how titles name its events.
     *
     * @param name the stored category
     * @param en   the English noun
     * @param fr   the French noun phrase
     */
    record Kind(String name, String en, String fr) {
    }

    /** An adjective and its French counterpart, which follows the noun and agrees with any gender. */
    record Quality(String en, String fr) {
    }

    static final List<Kind> KINDS = List.of(new Kind("concert", "concert", "Concert"),
            new Kind("exhibition", "exhibition", "Exposition"), new Kind("workshop", "workshop", "Atelier"),
            new Kind("conference", "conference", "Conférence"), new Kind("lecture", "lecture", "Causerie"),
            new Kind("festival", "festival", "Festival"), new Kind("film-screening", "film night", "Projection"),
            new Kind("theatre", "play", "Pièce de théâtre"), new Kind("dance", "dance evening", "Soirée dansante"),
            new Kind("opera", "opera", "Opéra"), new Kind("guided-tour", "guided tour", "Visite guidée"),
            new Kind("open-day", "open day", "Journée portes ouvertes"), new Kind("market", "market", "Marché"),
            new Kind("sports", "race", "Course"), new Kind("family", "family day", "Journée des familles"),
            new Kind("children", "story hour", "Heure du conte"), new Kind("science", "science fair", "Fête de la science"),
            new Kind("technology", "hackathon", "Hackathon"), new Kind("literature", "book fair", "Salon du livre"),
            new Kind("poetry", "poetry reading", "Lecture de poèmes"), new Kind("food", "food fair", "Salon gourmand"),
            new Kind("wine-tasting", "wine tasting", "Dégustation de vins"),
            new Kind("networking", "networking breakfast", "Petit-déjeuner d'affaires"),
            new Kind("charity", "charity gala", "Gala de charité"), new Kind("community", "neighbourhood meeting",
                    "Réunion de quartier"), new Kind("education", "seminar", "Séminaire"),
            new Kind("health", "health forum", "Forum santé"), new Kind("environment", "clean-up day",
                    "Journée de nettoyage"), new Kind("history", "heritage walk", "Balade patrimoine"),
            new Kind("photography", "photo walk", "Balade photo"));

    static final List<Quality> QUALITIES = List.of(new Quality("Spring", "de printemps"),
            new Quality("Summer", "d'été"), new Quality("Autumn", "d'automne"), new Quality("Winter", "d'hiver"),
            new Quality("Open-air", "en plein air"), new Quality("Evening", "du soir"),
            new Quality("Family", "en famille"), new Quality("Late-night", "nocturne"),
            new Quality("Neighbourhood", "de quartier"), new Quality("Sunday", "du dimanche"),
            new Quality("Saturday", "du samedi"), new Quality("Charity", "solidaire"),
            new Quality("International", "international"), new Quality("Students'", "des étudiants"),
            new Quality("Members'", "des membres"), new Quality("Midsummer", "de la Saint-Jean"));

    static final List<String> VENUES = List.of("Town Hall", "Old Market Hall", "Central Library", "Museum of Art",
            "Conservatory", "Civic Centre", "University Auditorium", "Botanical Garden", "Harbour Warehouse",
            "Cultural Centre", "Concert Hall", "Exhibition Park");

    static final List<String> EN_LINES = List.of("Doors open half an hour before the start.",
            "Free entry for children under twelve.", "Places are limited: please register in advance.",
            "Refreshments are served after the programme.", "The venue is accessible to wheelchair users.",
            "Bring your friends and family.", "Talks are followed by questions from the audience.");

    static final List<String> FR_LINES = List.of("Ouverture des portes une demi-heure avant le début.",
            "Entrée libre pour les moins de douze ans.", "Places limitées : inscription conseillée.",
            "Un verre de l'amitié suit le programme.", "Le lieu est accessible aux personnes à mobilité réduite.",
            "Venez en famille ou entre amis.", "Les interventions sont suivies d'un échange avec le public.");

    private BenchWords() {
    }
}

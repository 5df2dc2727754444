package dev.events.content;

import java.util.List;

/** The workspace names of both repositories, Magnolia's own. */
public final class Workspaces {

    public static final String EVENTS = "events";
    public static final String WEBSITE = "website";
    public static final String DAM = "dam";
    public static final String USERS = "users";
    public static final String TASKS = "tasks";

    /** Every workspace the runtime creates in each repository. */
    public static final List<String> ALL = List.of(EVENTS, WEBSITE, DAM, USERS, TASKS);

    private Workspaces() {
    }
}

package dev.events.durability;

import java.util.ArrayList;
import java.util.List;

/** What went wrong during a {@link MixedLoad}: answers nobody was promised, errors; shared by all its threads. */
final class LoadProblems {

    private static final int KEPT = 50;
    private final List<String> problems = new ArrayList<>();
    private int count;

    synchronized void add(String problem) {
        count++;
        if (problems.size() < KEPT) {
            problems.add(problem);
        }
    }

    /** @return the first problems, and how many there were */
    synchronized List<String> list() {
        List<String> listed = new ArrayList<>(problems);
        if (count > KEPT) {
            listed.add("... and " + (count - KEPT) + " more");
        }
        return listed;
    }
}

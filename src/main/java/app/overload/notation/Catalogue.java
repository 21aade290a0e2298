package app.overload.notation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;

/**
 * The exercises a line may name: by catalogue name ("Back squat", "back-squat", "BACK SQUAT"), by a lifter's
 * shorthand ("squat", "ohp", "rdl"), or by whatever other names the caller knows (the names other apps use). A name
 * that matches nothing is never guessed at: the closest names are offered instead.
 */
public final class Catalogue {

    /** At most this many names are suggested for an unknown one. */
    static final int SUGGESTIONS = 3;

    private final Map<ExerciseId, Exercise> byId = new LinkedHashMap<>();
    private final Map<String, Exercise> byName = new HashMap<>();
    private final Function<String, Optional<ExerciseId>> otherNames;

    public Catalogue(Collection<Exercise> exercises) {
        this(exercises, name -> Optional.empty());
    }

    /** @param otherNames more names for catalogue exercises, asked after the catalogue's own names */
    public Catalogue(Collection<Exercise> exercises, Function<String, Optional<ExerciseId>> otherNames) {
        for (Exercise e : exercises) {
            byId.put(e.id(), e);
            byName.putIfAbsent(Words.normal(e.name()), e);
        }
        this.otherNames = otherNames;
    }

    /** The same catalogue with {@code added} in it, as after the user confirmed a new exercise. */
    public Catalogue with(Exercise added) {
        List<Exercise> all = new ArrayList<>(byId.values());
        all.add(added);
        return new Catalogue(all, otherNames);
    }

    public Collection<Exercise> exercises() {
        return byId.values();
    }

    public Optional<Exercise> byId(ExerciseId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Display names, falling back to the key for an exercise the catalogue does not hold. */
    public ExerciseNames names() {
        return id -> {
            Exercise e = byId.get(id);
            return e == null ? id.value() : e.name();
        };
    }

    /** The exercise {@code name} means, if it clearly means one. */
    public Optional<Exercise> find(String name) {
        String normal = Words.normal(name);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        Exercise exact = byName.get(normal);
        if (exact != null) {
            return Optional.of(exact);
        }
        Exercise byKey = byId.get(keyOf(normal));
        if (byKey != null) {
            return Optional.of(byKey);
        }
        String shorthand = Words.shorthand(normal);
        if (shorthand != null && byId.containsKey(ExerciseId.of(shorthand))) {
            return Optional.of(byId.get(ExerciseId.of(shorthand)));
        }
        Optional<Exercise> other = otherNames.apply(name).map(byId::get);
        if (other.isPresent()) {
            return other;
        }
        // "Deadlifts", "Dips": a plural of a catalogue name.
        if (normal.endsWith("s") && normal.length() > 3) {
            return Optional.ofNullable(byName.get(normal.substring(0, normal.length() - 1)));
        }
        return Optional.empty();
    }

    /** Catalogue names close to {@code name}, closest first: a typo, a missing word, a word of it. */
    public List<String> closest(String name) {
        String normal = Words.normal(name);
        record Scored(String name, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Exercise e : byId.values()) {
            String candidate = Words.normal(e.name());
            double score = similarity(normal, candidate);
            if (score > 0) {
                scored.add(new Scored(e.name(), score));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Scored::name)).limit(SUGGESTIONS).map(Scored::name).toList();
    }

    /**
     * 0 when the two names have nothing in common worth offering, else higher for closer names: few edits apart
     * (a typo), one inside the other ("split squat" in "Bulgarian split squat"), or sharing a word.
     */
    static double similarity(String typed, String candidate) {
        if (typed.isEmpty()) {
            return 0;
        }
        int edits = distance(typed, candidate);
        int longer = Math.max(typed.length(), candidate.length());
        double score = 0;
        if (edits <= Math.max(2, longer / 3)) {
            score = 3 - (double) edits / longer;
        }
        if (candidate.contains(typed) || typed.contains(candidate)) {
            score = Math.max(score, 2 + (double) Math.min(typed.length(), candidate.length()) / longer);
        }
        for (String word : typed.split(" ")) {
            if (word.length() >= 3 && (" " + candidate + " ").contains(" " + word + " ")) {
                score = Math.max(score, 1 + (double) word.length() / longer);
            }
        }
        return score;
    }

    /** Edits (insert, delete, substitute, swap neighbours) between two strings: restricted Damerau–Levenshtein. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static ExerciseId keyOf(String normal) {
        String key = normal.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        try {
            return key.isEmpty() ? null : ExerciseId.of(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

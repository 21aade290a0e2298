package app.overload.domain;

/**
 * One set of a prescription: reps aimed for, its kind (working or AMRAP, where the reps are a minimum), the load
 * target, and an optional RPE not to exceed.
 *
 * @param rpeCap the highest RPE the set should be done at, or null
 */
public record PrescribedSet(int reps, SetKind kind, LoadTarget load, Rpe rpeCap) {

    public PrescribedSet {
        Checks.intInRange(reps, 1, 100, "reps");
        Checks.required(kind, "set kind");
        Checks.required(load, "load");
    }

    public static PrescribedSet working(int reps, Mass load) {
        return new PrescribedSet(reps, SetKind.WORKING, new LoadTarget.Fixed(load), null);
    }
}

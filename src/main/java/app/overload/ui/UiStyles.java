package app.overload.ui;

/** Style-class names the app's own stylesheets define; the rest comes from AtlantaFX's {@code Styles}. */
public final class UiStyles {

    public static final String MUTED = "muted";
    public static final String BADGE = "badge";
    public static final String TRAINING = "training";
    public static final String WORKOUT = "workout";
    public static final String NAV_BUTTON = "nav-button";
    public static final String CARD = "overload-card";

    private UiStyles() {
    }
}

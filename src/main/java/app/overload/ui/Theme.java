package app.overload.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the app, from AtlantaFX's Primer themes. */
public enum Theme {
    LIGHT, DARK;

    /** Applies the theme from its binary stylesheet, which JavaFX loads far faster than the text one. */
    public void apply() {
        atlantafx.base.theme.Theme theme = this == LIGHT ? new PrimerLight() : new PrimerDark();
        String binary = theme.getUserAgentStylesheetBSS();
        Application.setUserAgentStylesheet(binary != null ? binary : theme.getUserAgentStylesheet());
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    static Theme parse(String value) {
        return "DARK".equals(value) ? DARK : LIGHT;
    }
}

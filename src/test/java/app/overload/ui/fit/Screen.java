package app.overload.ui.fit;

import java.util.List;

import app.overload.ui.TextSize;

/** A screen the layouts are checked on: a window of this size, with text of this size. */
public record Screen(String name, int width, int height, TextSize text) {

    public static final Screen SMALL_LAPTOP = new Screen("1024x640", 1024, 640, TextSize.NORMAL);
    public static final Screen LAPTOP = new Screen("1366x768", 1366, 768, TextSize.NORMAL);
    public static final Screen DESKTOP = new Screen("1920x1080", 1920, 1080, TextSize.NORMAL);
    public static final Screen LAPTOP_LARGE_TEXT = new Screen("1366x768-text150", 1366, 768, TextSize.LARGE);

    /** Every screen of issue 21: the three sizes, and one with text at 150 %. */
    public static final List<Screen> ALL = List.of(SMALL_LAPTOP, LAPTOP, DESKTOP, LAPTOP_LARGE_TEXT);
}

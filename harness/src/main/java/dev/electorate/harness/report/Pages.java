package dev.electorate.harness.report;

import dev.electorate.harness.io.OutputFolder;
import java.nio.file.Path;

/** The frame every self-contained page shares: head with the inline style and no remote assets, and atomic writing. */
final class Pages {
    private Pages() {}

    /** A page up to its open {@code <body>}: the caller adds content, then {@link #end}. */
    static Html begin(String title, String extraCss) {
        Html h = new Html();
        h.constant("<!DOCTYPE html>\n");
        h.open("html", "lang", "en");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.empty("meta", "http-equiv", "Content-Security-Policy",
                "content", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
        h.element("title", title);
        h.open("style").constant(PageStyle.CSS).constant(extraCss).close("style");
        h.close("head");
        h.open("body");
        return h;
    }

    /** Closes the page. */
    static String end(Html h) {
        h.close("body");
        h.close("html");
        return h.toString();
    }

    /** Writes {@code text} to {@code target} whole (a temporary file moved into place). */
    static Path write(Path target, String text) {
        return OutputFolder.write(target, text);
    }
}

package dev.electorate.tla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The manifest of every TLC model the project checks (tla/models.tsv, tab-separated). */
public final class Models {

    private Models() {}

    /** Every model, in manifest order. */
    public static List<Model> all() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(TlaLibrary.open("models.tsv"), StandardCharsets.UTF_8))) {
            List<Model> models = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException("models.tsv line " + number
                            + ": expected 5 tab-separated fields (algorithm, nodes, module, config, expect), got " + f.length);
                }
                models.add(new Model(f[0], Integer.parseInt(f[1]), f[2], f[3], Model.Expectation.parse(f[4])));
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

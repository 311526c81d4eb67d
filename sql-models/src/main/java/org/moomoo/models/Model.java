package org.moomoo.models;

import java.util.Set;

/** A model as the runner knows it: its file, its config and what it reads. */
public record Model(ModelFile file, ModelConfig config, Set<String> refs, Set<String> sources) {

    public Model {
        refs = Set.copyOf(refs);
        sources = Set.copyOf(sources);
    }

    public String name() {
        return file.name();
    }
}

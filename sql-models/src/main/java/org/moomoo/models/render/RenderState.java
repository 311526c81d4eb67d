package org.moomoo.models.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What one rendering of a template needs (how refs and sources resolve, the clock, the meta
 * schema) and what it found (refs, sources, the config call, errors).
 */
public final class RenderState {

    static final String CONTEXT_KEY = "__moomoo_render";

    final String location;
    final UnaryOperator<String> refs;
    final UnaryOperator<String> sources;
    final String nowSql;
    final boolean incremental;
    final String metaSchema;
    final Set<String> refNames = new LinkedHashSet<>();
    final Set<String> sourceNames = new LinkedHashSet<>();
    final Map<String, Object> config = new LinkedHashMap<>();
    final List<String> errors = new ArrayList<>();
    int configCalls;

    /**
     * @param refs    the relation text of a model name, or null when there is no such model
     * @param sources the relation text of a source name, or null when there is no such source
     */
    public RenderState(
            String location,
            UnaryOperator<String> refs,
            UnaryOperator<String> sources,
            String nowSql,
            boolean incremental,
            String metaSchema) {
        this.location = location;
        this.refs = refs;
        this.sources = sources;
        this.nowSql = nowSql;
        this.incremental = incremental;
        this.metaSchema = metaSchema;
    }

    /** The models the template refs. */
    public Set<String> refNames() {
        return refNames;
    }

    /** The sources the template reads. */
    public Set<String> sourceNames() {
        return sourceNames;
    }

    /** The named arguments of the template's {@code config(...)} call. */
    public Map<String, Object> config() {
        return config;
    }
}

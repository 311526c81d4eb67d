package org.moomoo.models.project;

import java.util.Set;
import org.moomoo.models.Materialization;
import org.moomoo.models.Model;
import org.moomoo.models.ModelConfig;
import org.moomoo.models.ModelFile;
import org.moomoo.models.SqlTest;
import org.moomoo.models.render.ModelTemplates;
import org.moomoo.models.render.RenderState;

/**
 * Finds what a template refs, reads and configures by rendering it once, with refs and sources
 * resolving to their own names; an unknown ref or source fails the rendering, naming the file.
 */
public final class ModelDiscovery {

    private final ModelTemplates templates;
    private final Set<String> models;
    private final Set<String> sources;

    /**
     * @param models  the names of every model of the project
     * @param sources the names of every declared source
     */
    public ModelDiscovery(ModelTemplates templates, Set<String> models, Set<String> sources) {
        this.templates = templates;
        this.models = models;
        this.sources = sources;
    }

    /** The model of a file: its config (with the folder's default materialization), refs and sources. */
    public Model model(ModelFile file) {
        RenderState state = render(file.location(), file.template(), file.name());
        Materialization defaultKind =
                file.folder().equals("analytic") || file.folder().startsWith("analytic/")
                        ? Materialization.VIEW
                        : Materialization.TABLE;
        ModelConfig config = ConfigArguments.parse(state.config(), defaultKind, file.location());
        return new Model(file, config, state.refNames(), state.sourceNames());
    }

    /** The custom test with the models it reads. */
    public SqlTest sqlTest(SqlTest test) {
        RenderState state = render(test.location(), test.template(), test.name());
        return new SqlTest(test.name(), test.location(), test.template(), state.refNames());
    }

    private RenderState render(String location, String template, String self) {
        RenderState state = new RenderState(
                location,
                name -> models.contains(name) ? name : null,
                name -> sources.contains(name) ? name : null,
                "now()",
                false,
                "meta");
        templates.render(template, state, self);
        return state;
    }
}

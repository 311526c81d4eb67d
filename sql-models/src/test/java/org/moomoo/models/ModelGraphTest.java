package org.moomoo.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelGraphTest {

    private static final String SOURCES = "sources:\n  - name: events\n";

    private final ModelProject diamond = new Projects()
            .yaml("models/sources.yml", SOURCES)
            .model("base", "select * from {{ source('events') }}")
            .model("left_side", "select * from {{ ref('base') }}")
            .model("right_side", "select * from {{ ref('base') }}")
            .model("joined", "select * from {{ ref('left_side') }} join {{ ref('right_side') }} using (id)")
            .model("other", "select 1 as id")
            .build();

    @Test
    void ordersUpstreamBeforeDownstreamLayerByLayer() {
        assertThat(diamond.graph().order()).containsExactly("base", "other", "left_side", "right_side", "joined");
        assertThat(diamond.graph().layer("joined")).isEqualTo(3);
    }

    @Test
    void recordsRefsAndSourcesFromTheTemplates() {
        assertThat(diamond.model("joined").refs()).containsExactlyInAnyOrder("left_side", "right_side");
        assertThat(diamond.model("base").sources()).containsExactly("events");
    }

    @Test
    void plusAfterANameSelectsEverythingDownstream() {
        assertThat(diamond.graph().select("left_side+")).containsExactly("left_side", "joined");
    }

    @Test
    void plusBeforeANameSelectsEverythingUpstream() {
        assertThat(diamond.graph().select("+left_side")).containsExactly("base", "left_side");
    }

    @Test
    void severalTermsAndAnEmptySelection() {
        assertThat(diamond.graph().select("other, right_side")).containsExactly("other", "right_side");
        assertThat(diamond.graph().select("")).hasSize(5);
    }

    @Test
    void anUnknownNameInASelectionIsRefused() {
        assertThatThrownBy(() -> diamond.graph().select("nope+"))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("no model named 'nope'");
    }

    @Test
    void aCycleIsRefusedNamingTheFileAndTheModels() {
        Projects cyclic = new Projects()
                .model("a", "select * from {{ ref('c') }}")
                .model("b", "select * from {{ ref('a') }}")
                .model("c", "select * from {{ ref('b') }}");

        assertThatThrownBy(cyclic::build)
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("models/a.sql")
                .hasMessageContaining("a -> c -> b -> a");
    }

    @Test
    void aModelThatRefsItselfIsACycle() {
        assertThatThrownBy(() -> new Projects()
                        .model("a", "select * from {{ ref('a') }}")
                        .build())
                .hasMessageContaining("cycle");
    }

    @Test
    void anUnknownRefIsRefusedNamingTheFile() {
        Projects broken = new Projects().model("listen_counts", "select * from {{ ref('listenz') }}");

        assertThatThrownBy(broken::build)
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("models/listen_counts.sql")
                .hasMessageContaining("no model named listenz");
    }

    @Test
    void anUndeclaredSourceIsRefused() {
        assertThatThrownBy(() -> new Projects()
                        .model("a", "select * from {{ source('nope') }}")
                        .build())
                .hasMessageContaining("source('nope')");
    }

    @Test
    void twoModelsWithOneNameAreRefused() {
        Projects twice = new Projects().model("x", "a", "select 1").model("y", "a", "select 2");

        assertThatThrownBy(twice::build).hasMessageContaining("models/y/a.sql").hasMessageContaining("models/x/a.sql");
    }
}

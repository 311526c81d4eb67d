package org.moomoo.models;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency graph of the models: a model depends on every model it refs. Refuses cycles,
 * orders the models (layer by layer, by name within a layer) and resolves selections.
 */
public final class ModelGraph {

    private final Map<String, Model> models;
    private final Map<String, Set<String>> downstream = new TreeMap<>();
    private final Map<String, Integer> layer = new HashMap<>();
    private final List<String> order;

    ModelGraph(Map<String, Model> models) {
        this.models = models;
        for (String name : models.keySet()) {
            downstream.put(name, new TreeSet<>());
        }
        for (Model model : models.values()) {
            for (String upstream : model.refs()) {
                downstream.get(upstream).add(model.name());
            }
        }
        refuseCycles();
        this.order = List.copyOf(layered());
    }

    /** Every model, upstream before downstream. */
    public List<String> order() {
        return order;
    }

    /** 1 for a model that reads only sources, else one more than its deepest upstream model. */
    public int layer(String model) {
        return layer.get(model);
    }

    public Set<String> upstreamOf(String model) {
        return models.get(model).refs();
    }

    /**
     * The models a selection names, in build order. Terms are separated by commas or spaces:
     * {@code name}, {@code name+} (and everything downstream), {@code +name} (and everything
     * upstream), {@code +name+}. An empty selection selects everything.
     */
    public List<String> select(String selection) {
        if (selection == null || selection.isBlank()) {
            return order;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String term : selection.trim().split("[,\\s]+")) {
            boolean withUpstream = term.startsWith("+");
            boolean withDownstream = term.endsWith("+") && term.length() > 1;
            String name = term.substring(withUpstream ? 1 : 0, term.length() - (withDownstream ? 1 : 0));
            if (!models.containsKey(name)) {
                throw new ModelDefinitionException("select=" + selection + ": there is no model named '" + name + "'");
            }
            chosen.add(name);
            if (withUpstream) {
                chosen.addAll(closure(name, m -> models.get(m).refs()));
            }
            if (withDownstream) {
                chosen.addAll(closure(name, downstream::get));
            }
        }
        return order.stream().filter(chosen::contains).toList();
    }

    /**
     * The selected models and every view downstream of one of them, in build order: replacing a
     * table drops the views that read it, so they are rebuilt with it.
     */
    public List<String> withViewsReading(Collection<String> selected) {
        Set<String> chosen = new LinkedHashSet<>(selected);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Model model : models.values()) {
                if (!chosen.contains(model.name())
                        && model.config().materialization() == Materialization.VIEW
                        && model.refs().stream().anyMatch(chosen::contains)) {
                    grew |= chosen.add(model.name());
                }
            }
        }
        return order.stream().filter(chosen::contains).toList();
    }

    private Set<String> closure(String start, java.util.function.Function<String, Collection<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(next.apply(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name)) {
                todo.addAll(next.apply(name));
            }
        }
        return seen;
    }

    private void refuseCycles() {
        Map<String, Integer> state = new HashMap<>();
        for (String name : models.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            visit(name, state, path);
        }
    }

    // state: absent = unvisited, 1 = on the current path, 2 = done
    private void visit(String name, Map<String, Integer> state, Deque<String> path) {
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return;
        }
        path.addLast(name);
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path);
            cycle = cycle.subList(cycle.indexOf(name), cycle.size());
            throw new ModelDefinitionException(models.get(name).file().location()
                    + ": models depend on each other in a cycle: " + String.join(" -> ", cycle));
        }
        state.put(name, 1);
        for (String upstream : new TreeSet<>(models.get(name).refs())) {
            visit(upstream, state, path);
        }
        state.put(name, 2);
        path.removeLast();
    }

    private List<String> layered() {
        List<String> result = new ArrayList<>();
        Map<Integer, Set<String>> byLayer = new TreeMap<>();
        for (String name : models.keySet()) {
            byLayer.computeIfAbsent(depth(name), k -> new TreeSet<>()).add(name);
        }
        byLayer.values().forEach(result::addAll);
        return result;
    }

    private int depth(String name) {
        Integer known = layer.get(name);
        if (known != null) {
            return known;
        }
        int deepest = 0;
        for (String upstream : models.get(name).refs()) {
            deepest = Math.max(deepest, depth(upstream));
        }
        layer.put(name, deepest + 1);
        return deepest + 1;
    }
}

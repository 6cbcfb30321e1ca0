package com.caringmedical.clinic.editing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;

import com.caringmedical.clinic.web.problem.NotFoundProblem;

/**
 * Every kind of editable content, by the name its editor paths use ({@code articles}, {@code locations}, ...), for
 * the features that work on any kind (revisions, schedules).
 */
@ApplicationScoped
public class EditableKinds {

    private final Map<String, EditableKind<?, ?, ?>> kinds;

    EditableKinds(@All List<EditableKind<?, ?, ?>> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(EditableKind::collection, Function.identity()));
    }

    public Set<String> collections() {
        return kinds.keySet();
    }

    /** The kind a path names; a 404 problem when there is none. */
    public EditableKind<?, ?, ?> named(String collection) {
        EditableKind<?, ?, ?> kind = kinds.get(collection);
        if (kind == null) {
            throw new NotFoundProblem("kind of content", collection);
        }
        return kind;
    }

    /** The item a path names ({@code articles}, a slug); a 404 problem when there is none. */
    public EditableContent item(String collection, String key) {
        return item(named(collection), key);
    }

    private static <K, E extends EditableContent, F> EditableContent item(EditableKind<K, E, F> kind, String key) {
        return kind.parseKey(key).flatMap(kind::find).orElseThrow(() -> new NotFoundProblem(kind.noun(), key));
    }
}

package org.moomoo.models;

/** A model project that cannot be built as written: a template error, unknown ref, cycle, bad YAML. */
public final class ModelDefinitionException extends RuntimeException {

    public ModelDefinitionException(String message) {
        super(message);
    }

    public ModelDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.ketaminetraining.bank.yaml;

import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2's core schema with one scalar resolver for its lifetime. snakeyaml-engine's CoreSchema builds a new
 * resolver (compiling its regular expressions) on every call, and the serializer asks once per node, which made
 * writing a large bank several times slower than parsing it. The resolver is only read once built, so sharing
 * one instance across threads is safe.
 */
final class SharedCoreSchema extends CoreSchema {

    static final SharedCoreSchema INSTANCE = new SharedCoreSchema();

    private final ScalarResolver resolver = super.getScalarResolver();

    private SharedCoreSchema() {
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return resolver;
    }
}

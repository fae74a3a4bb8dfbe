package org.ketaminetraining.bank.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ketaminetraining.bank.interchange.ArbitraryQuestions;
import org.ketaminetraining.bank.model.BankModule;

/**
 * Whatever valid module the writer is given, the parser the loader uses reads its text back without a problem and
 * into an equal module. Text is built to provoke YAML: indicators, quotes, number and boolean look-alikes, tabs,
 * blank lines and characters outside ASCII.
 */
class BankYamlWriterPropertyTest {

    @Provide
    Arbitrary<BankModule> modules() {
        return ArbitraryQuestions.validModule();
    }

    @Property(tries = 200)
    void writtenModuleReadsBackEqual(@ForAll("modules") BankModule module) {
        String yaml = BankYamlWriter.writeModule(module);

        ParsedModuleFile reread = ModuleFileParser.parse(new SourceFile(module.id() + ".yaml", yaml), module.id(),
                Optional.empty());

        assertThat(reread.problems()).as(yaml).isEmpty();
        assertThat(reread.module()).as(yaml).contains(module);
    }

    @Property(tries = 200)
    void compactModuleReadsBackEqual(@ForAll("modules") BankModule module) {
        String yaml = BankYamlWriter.writeModuleCompact(module);

        ParsedModuleFile reread = ModuleFileParser.parse(new SourceFile(module.id() + ".json", yaml), module.id(),
                Optional.empty());

        assertThat(reread.problems()).as(yaml).isEmpty();
        assertThat(reread.module()).as(yaml).contains(module);
    }
}

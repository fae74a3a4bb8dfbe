package org.ketaminetraining.bank.authoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.ketaminetraining.bank.model.QuestionType;

/** Drafts with any text in any field, including characters YAML cannot hold as they are, for property tests. */
final class ArbitraryDrafts {

    private ArbitraryDrafts() {
    }

    /** Any character at all (controls, lone surrogates, non-characters), often none, sometimes YAML look-alikes. */
    static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\n\r\t \"'\\:#-[]{}|>!&*%@`,?").ofMaxLength(12),
                Arbitraries.of("", "true", "false", "null", "~", "5", "0.50", "-1e3", " x ", "\n", "a\n\n",
                        "\uD800", "\uFEFFbom", "\u0085", "\u2028", "\uD83D\uDE00", "yes", "'quoted'", "\"dq\""));
    }

    static Arbitrary<DraftQuestion> drafts() {
        Arbitrary<DraftQuestion.Option> option = Combinators.combine(anyText(), Arbitraries.of(true, false),
                anyText()).as(DraftQuestion.Option::new);
        Arbitrary<DraftQuestion.Pair> pair = Combinators.combine(anyText(), anyText()).as(DraftQuestion.Pair::new);
        Arbitrary<DraftQuestion.Reference> reference = Combinators.combine(anyText(), anyText(), anyText())
                .as(DraftQuestion.Reference::new);
        return Builders.withBuilder(() -> new Fields())
                .use(anyText()).in((f, v) -> f.set(0, v))
                .use(anyText()).in((f, v) -> f.set(1, v))
                .use(Arbitraries.of(QuestionType.class)).in((f, v) -> {
                    f.type = v;
                    return f;
                })
                .use(anyText()).in((f, v) -> f.set(2, v))
                .use(anyText().list().ofMaxSize(4)).in((f, v) -> {
                    f.tags = v;
                    return f;
                })
                .use(anyText()).in((f, v) -> f.set(3, v))
                .use(anyText()).in((f, v) -> f.set(4, v))
                .use(anyText()).in((f, v) -> f.set(5, v))
                .use(option.list().ofMaxSize(4)).in((f, v) -> {
                    f.options = v;
                    return f;
                })
                .use(anyText()).in((f, v) -> f.set(6, v))
                .use(anyText()).in((f, v) -> f.set(7, v))
                .use(anyText()).in((f, v) -> f.set(8, v))
                .use(anyText()).in((f, v) -> f.set(9, v))
                .use(anyText()).in((f, v) -> f.set(10, v))
                .use(anyText()).in((f, v) -> f.set(11, v))
                .use(anyText().list().ofMaxSize(4)).in((f, v) -> {
                    f.items = v;
                    return f;
                })
                .use(pair.list().ofMaxSize(4)).in((f, v) -> {
                    f.pairs = v;
                    return f;
                })
                .use(anyText().list().ofMaxSize(4)).in((f, v) -> {
                    f.accepted = v;
                    return f;
                })
                .use(anyText()).in((f, v) -> f.set(12, v))
                .use(reference.list().ofMaxSize(3)).in((f, v) -> {
                    f.references = v;
                    return f;
                })
                .build(Fields::draft);
    }

    private static final class Fields {
        private final String[] texts = new String[13];
        private QuestionType type = QuestionType.SINGLE_CHOICE;
        private java.util.List<String> tags = java.util.List.of();
        private java.util.List<DraftQuestion.Option> options = java.util.List.of();
        private java.util.List<String> items = java.util.List.of();
        private java.util.List<DraftQuestion.Pair> pairs = java.util.List.of();
        private java.util.List<String> accepted = java.util.List.of();
        private java.util.List<DraftQuestion.Reference> references = java.util.List.of();

        Fields set(int index, String value) {
            texts[index] = value;
            return this;
        }

        DraftQuestion draft() {
            return new DraftQuestion(texts[0], texts[1], type, texts[2], tags, texts[3], texts[4], texts[5],
                    options, texts[6], texts[7], texts[8], texts[9], texts[10], texts[11], items, pairs, accepted,
                    texts[12], references);
        }
    }
}

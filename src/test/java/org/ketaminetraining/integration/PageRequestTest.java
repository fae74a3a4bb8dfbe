package org.ketaminetraining.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketaminetraining.integration.PageRequest.Page;

class PageRequestTest {

    private static final List<Integer> HUNDRED_AND_ONE = IntStream.range(0, 101).boxed().toList();

    @Test
    void absentParametersMeanTheFirstPageOfFifty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 50));
        assertThat(PageRequest.of("", "")).isEqualTo(new PageRequest(1, 50));
        assertThat(PageRequest.of("3", "200")).isEqualTo(new PageRequest(3, 200));
    }

    @ParameterizedTest
    @CsvSource({"0,10,page", "-1,10,page", "1.5,10,page", "100001,10,page", "9999999999999,10,page", "x,10,page",
        "1,0,size", "1,201,size", "1,+5,size", "1,' 5',size", "1,٣,size"})
    void aValueOutOfRangeIsRefusedNamingTheParameter(String page, String size, String named) {
        assertThatThrownBy(() -> PageRequest.of(page, size)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + named + "'");
    }

    @Test
    void pagesCutTheListAndKnowWhatFollows() {
        Page<Integer> first = new PageRequest(1, 50).of(HUNDRED_AND_ONE);
        assertThat(first.items()).hasSize(50).startsWith(0).endsWith(49);
        assertThat(first.total()).isEqualTo(101);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();

        Page<Integer> last = new PageRequest(3, 50).of(HUNDRED_AND_ONE);
        assertThat(last.items()).containsExactly(100);
        assertThat(last.hasNext()).isFalse();

        Page<Integer> beyond = new PageRequest(9, 50).of(HUNDRED_AND_ONE);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        Page<Integer> empty = new PageRequest(1, 50).of(List.of());
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.map(String::valueOf).items()).isEmpty();
    }

    @Test
    void aPageCutByTheQueryKeepsItsTotal() {
        Page<String> cut = new PageRequest(2, 2).cut(List.of("c", "d"), 5);
        assertThat(cut.pages()).isEqualTo(3);
        assertThat(cut.hasNext()).isTrue();
        assertThat(new PageRequest(2, 2).first()).isEqualTo(2);
    }
}

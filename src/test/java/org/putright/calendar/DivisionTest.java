package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DivisionTest {

    @Test
    void looksUpDivisionsByTheirGovUkKey() {
        assertThat(Division.fromKey("england-and-wales")).isEqualTo(Division.ENGLAND_AND_WALES);
        assertThat(Division.fromKey("scotland")).isEqualTo(Division.SCOTLAND);
        assertThat(Division.fromKey("northern-ireland")).isEqualTo(Division.NORTHERN_IRELAND);
        assertThat(Division.NORTHERN_IRELAND.key()).isEqualTo("northern-ireland");
    }

    @Test
    void acceptsTheConstantNameAndStraySpacesOrCase() {
        assertThat(Division.fromKey("NORTHERN_IRELAND")).isEqualTo(Division.NORTHERN_IRELAND);
        assertThat(Division.fromKey(" Scotland ")).isEqualTo(Division.SCOTLAND);
    }

    @Test
    void rejectsUnknownKeys() {
        assertThatIllegalArgumentException().isThrownBy(() -> Division.fromKey("wales"))
                .withMessageContaining("wales");
        assertThatIllegalArgumentException().isThrownBy(() -> Division.fromKey(null));
    }
}

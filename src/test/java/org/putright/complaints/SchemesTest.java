package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.putright.complaints.ComplaintScheme.Anchor;
import org.putright.complaints.ComplaintScheme.Extension;
import org.putright.complaints.ComplaintScheme.StageRules;
import org.putright.complaints.ComplaintScheme.Step;

import tools.jackson.databind.json.JsonMapper;

/** The schemes shipped as data under {@code schemes/*.json}, and the checks {@link Schemes} makes when loading them. */
class SchemesTest {

    static final Schemes SHIPPED = Schemes.shipped(JsonMapper.builder().build());

    static List<ComplaintScheme> shipped() {
        return SHIPPED.all();
    }

    @Test
    void the_2022_and_2024_codes_are_shipped_in_date_order_and_meet_without_a_gap() {
        assertThat(SHIPPED.all()).extracting(ComplaintScheme::id).containsExactly("HOS-2022", "HOS-2024");
        ComplaintScheme hos2022 = SHIPPED.byId("HOS-2022").orElseThrow();
        ComplaintScheme hos2024 = SHIPPED.byId("HOS-2024").orElseThrow();
        assertThat(hos2024.appliesFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(hos2024.appliesUntil()).isNull();
        assertThat(hos2022.appliesUntil()).isEqualTo(hos2024.appliesFrom());
        assertThat(SHIPPED.byId("HOS-2099")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void each_scheme_gives_a_provision_for_every_rule(ComplaintScheme scheme) {
        for (RuleId rule : RuleId.values()) {
            assertThat(scheme.provision(rule)).as("%s %s", scheme.id(), rule).matches("\\d+\\.\\d+");
        }
        for (StageRules stage : scheme.stages()) {
            assertThat(List.of(stage.acknowledge().provision(), stage.respond().provision(), stage.extension().provision(),
                    stage.extension().residentToldProvision(), stage.definitionProvision(), stage.addressAllPointsProvision()))
                    .as("%s stage %d", scheme.id(), stage.stage()).allMatch(p -> p != null && p.matches("\\d+\\.\\d+"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void each_scheme_numbers_its_stages_1_to_n(ComplaintScheme scheme) {
        assertThat(scheme.stages()).isNotEmpty();
        for (int i = 0; i < scheme.stages().size(); i++) {
            assertThat(scheme.stages().get(i).stage()).isEqualTo(i + 1);
            assertThat(scheme.stage(i + 1)).isSameAs(scheme.stages().get(i));
        }
        assertThat(scheme.finalStage()).isEqualTo(scheme.stages().size());
        assertThatThrownBy(() -> scheme.stage(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scheme.stage(scheme.finalStage() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_2024_code_has_two_stages_5_10_10_and_5_20_20() {
        ComplaintScheme scheme = SHIPPED.byId("HOS-2024").orElseThrow();
        assertThat(scheme.stages()).containsExactly(
                new StageRules(1, new Step(5, Anchor.RECEIVED, "6.2"), new Step(10, Anchor.ACKNOWLEDGED, "6.3"),
                        new Extension(10, "6.4", "6.5", "5.9"), "5.6", "6.7", elements("6.9", "abcdefg", ALL_ELEMENTS)),
                new StageRules(2, new Step(5, Anchor.ESCALATION_REQUESTED, "6.11"), new Step(20, Anchor.ACKNOWLEDGED, "6.14"),
                        new Extension(20, "6.15", "6.16", "5.9"), "5.6", "6.18", elements("6.19", "abcdefg", ALL_ELEMENTS)));
        assertThat(scheme.provisions()).containsEntry(RuleId.AT_MOST_TWO_STAGES, "5.3").containsEntry(RuleId.NO_STAGE_ZERO, "5.2")
                .containsEntry(RuleId.STAGE2_HANDLER_MUST_DIFFER, "6.13");
    }

    @Test
    void the_2022_code_counts_stage_2_from_the_request_and_allows_10_more_days_at_each_stage() {
        ComplaintScheme scheme = SHIPPED.byId("HOS-2022").orElseThrow();
        assertThat(scheme.stages()).containsExactly(
                new StageRules(1, new Step(5, Anchor.RECEIVED, "4.2"), new Step(10, Anchor.ACKNOWLEDGED, "5.1"),
                        new Extension(10, "5.1", "5.3"), "4.2", "5.6", elements("5.8", null, WITHOUT_DEFINITION)),
                new StageRules(2, new Step(5, Anchor.ESCALATION_REQUESTED, "5.10"), new Step(20, Anchor.ESCALATION_REQUESTED, "5.13"),
                        new Extension(10, "5.13", "5.15"), "5.10", "5.6", elements("5.16", null, ALL_ELEMENTS)));
    }

    @Test
    void the_scheme_is_chosen_by_the_date_received() {
        assertThat(SHIPPED.forReceivedOn(LocalDate.of(2024, 3, 31)).id()).isEqualTo("HOS-2022");
        assertThat(SHIPPED.forReceivedOn(LocalDate.of(2024, 4, 1)).id()).isEqualTo("HOS-2024");
        assertThat(SHIPPED.forReceivedOn(LocalDate.of(2018, 1, 1)).id()).isEqualTo("HOS-2022");
        assertThat(SHIPPED.forReceivedOn(LocalDate.of(2040, 1, 1)).id()).isEqualTo("HOS-2024");
        assertThatThrownBy(() -> SHIPPED.forReceivedOn(LocalDate.of(2017, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_scheme_missing_a_provision_is_rejected() {
        ComplaintScheme complete = SHIPPED.byId("HOS-2024").orElseThrow();
        Map<RuleId, String> provisions = new EnumMap<>(complete.provisions());
        provisions.remove(RuleId.STAGE2_HANDLER_MUST_DIFFER);
        ComplaintScheme incomplete = withProvisions(complete, "TEST-INCOMPLETE", provisions);

        assertThatThrownBy(() -> new Schemes(List.of(complete, incomplete))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEST-INCOMPLETE").hasMessageContaining("STAGE2_HANDLER_MUST_DIFFER");
        // the complete one on its own is accepted
        assertThat(new Schemes(List.of(complete)).all()).containsExactly(complete);
    }

    @Test
    void a_scheme_with_stages_out_of_order_is_rejected() {
        ComplaintScheme complete = SHIPPED.byId("HOS-2024").orElseThrow();
        ComplaintScheme swapped = new ComplaintScheme("TEST-SWAPPED", complete.name(), complete.appliesFrom(), null, null,
                List.of(complete.stage(2), complete.stage(1)), complete.provisions());
        assertThatThrownBy(() -> new Schemes(List.of(swapped))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEST-SWAPPED");
    }

    @Test
    void a_scheme_applies_from_its_first_day_until_the_day_before_appliesUntil() {
        ComplaintScheme hos2022 = SHIPPED.byId("HOS-2022").orElseThrow();
        assertThat(hos2022.appliesTo(LocalDate.of(2017, 12, 31))).isFalse();
        assertThat(hos2022.appliesTo(LocalDate.of(2018, 1, 1))).isTrue();
        assertThat(hos2022.appliesTo(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(hos2022.appliesTo(LocalDate.of(2024, 4, 1))).isFalse();
    }

    private static ComplaintScheme withProvisions(ComplaintScheme scheme, String id, Map<RuleId, String> provisions) {
        return new ComplaintScheme(id, scheme.name(), scheme.appliesFrom(), scheme.appliesUntil(), scheme.notes(), scheme.stages(),
                provisions);
    }

    private static final List<ResponseElement> ALL_ELEMENTS = List.of(ResponseElement.values());

    /** 2022 Code 5.8: the stage one letter's list does not include the complaint definition. */
    private static final List<ResponseElement> WITHOUT_DEFINITION = ALL_ELEMENTS.stream()
            .filter(e -> e != ResponseElement.DEFINITION).toList();

    private static ComplaintScheme.ResponseElements elements(String provision, String labels, List<ResponseElement> elements) {
        List<ComplaintScheme.LabelledElement> labelled = new java.util.ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            labelled.add(new ComplaintScheme.LabelledElement(labels == null ? null : String.valueOf(labels.charAt(i)), elements.get(i)));
        }
        return new ComplaintScheme.ResponseElements(provision, labelled);
    }
}
